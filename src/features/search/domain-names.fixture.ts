// Test and benchmark data, never bundled: every place, route town and heritage site of
// docs/domain.md ("Places", "Route towns", "Heritage sites"), with every name it gives them.

/** A place's names by language; bracketed alternatives are separate entries. */
export interface DomainNames {
  id: string;
  /** The English name as docs/domain.md writes it, brackets included. */
  english: string;
  en: string[];
  hy: string[];
  az: string[];
  ru: string[];
}

/** Towns and districts of the docs/domain.md places table, plus the Armenian name of the neutrality rule (Խանքենդի). */
export const DOMAIN_PLACES: readonly DomainNames[] = [
  { id: 'stepanakert', english: 'Stepanakert (Khankendi)', en: ['Stepanakert', 'Khankendi'], hy: ['Ստեփանակերտ', 'Խանքենդի'], az: ['Xankəndi'], ru: ['Степанакерт', 'Ханкенди'] },
  { id: 'shushi', english: 'Shushi (Shusha)', en: ['Shushi', 'Shusha'], hy: ['Շուշի'], az: ['Şuşa'], ru: ['Шуша', 'Шуши'] },
  { id: 'lachin', english: 'Lachin (Berdzor)', en: ['Lachin', 'Berdzor'], hy: ['Բերձոր', 'Լաչին'], az: ['Laçın'], ru: ['Лачин', 'Бердзор'] },
  { id: 'kelbajar', english: 'Kelbajar (Karvachar)', en: ['Kelbajar', 'Karvachar'], hy: ['Քարվաճառ'], az: ['Kəlbəcər'], ru: ['Кельбаджар', 'Карвачар'] },
  { id: 'agdam', english: 'Agdam (Akna)', en: ['Agdam', 'Akna'], hy: ['Ակնա', 'Աղդամ'], az: ['Ağdam'], ru: ['Агдам', 'Акна'] },
  { id: 'fizuli', english: 'Fizuli (Varanda)', en: ['Fizuli', 'Varanda'], hy: ['Վարանդա', 'Ֆիզուլի'], az: ['Füzuli'], ru: ['Физули', 'Варанда'] },
  { id: 'jebrail', english: 'Jebrail (Jrakan)', en: ['Jebrail', 'Jrakan'], hy: ['Ջրական', 'Ջաբրայիլ'], az: ['Cəbrayıl'], ru: ['Джебраил', 'Джракан'] },
  { id: 'hadrut', english: 'Hadrut', en: ['Hadrut'], hy: ['Հադրութ'], az: ['Hadrut'], ru: ['Гадрут'] },
  { id: 'martuni', english: 'Martuni (Khojavend)', en: ['Martuni', 'Khojavend'], hy: ['Մարտունի'], az: ['Xocavənd'], ru: ['Мартуни', 'Ходжавенд'] },
  { id: 'askeran', english: 'Askeran', en: ['Askeran'], hy: ['Ասկերան'], az: ['Əsgəran'], ru: ['Аскеран'] },
  { id: 'khojaly', english: 'Khojaly (Ivanyan)', en: ['Khojaly', 'Ivanyan'], hy: ['Իվանյան', 'Խոջալու'], az: ['Xocalı'], ru: ['Ходжалы'] },
  { id: 'zangilan', english: 'Zangilan (Kovsakan)', en: ['Zangilan', 'Kovsakan'], hy: ['Կովսական'], az: ['Zəngilan'], ru: ['Зангелан'] },
  { id: 'gubadly', english: 'Gubadly (Kashunik)', en: ['Gubadly', 'Kashunik'], hy: ['Քաշունիք'], az: ['Qubadlı'], ru: ['Губадлы', 'Кубатлы'] },
  { id: 'goris', english: 'Goris', en: ['Goris'], hy: ['Գորիս'], az: ['Gorus'], ru: ['Горис'] },
  { id: 'yerevan', english: 'Yerevan', en: ['Yerevan'], hy: ['Երևան'], az: ['İrəvan'], ru: ['Ереван'] },
  { id: 'baku', english: 'Baku', en: ['Baku'], hy: ['Բաքու'], az: ['Bakı'], ru: ['Баку'] },
];

/** The route towns in Armenia. */
export const DOMAIN_ROUTE_TOWNS: readonly DomainNames[] = [
  { id: 'ararat', english: 'Ararat', en: ['Ararat'], hy: ['Արարատ'], az: ['Ararat'], ru: ['Арарат'] },
  { id: 'yeghegnadzor', english: 'Yeghegnadzor', en: ['Yeghegnadzor'], hy: ['Եղեգնաձոր'], az: ['Yeğeqnadzor'], ru: ['Ехегнадзор'] },
  { id: 'vayk', english: 'Vayk', en: ['Vayk'], hy: ['Վայք'], az: ['Vayk'], ru: ['Вайк'] },
  { id: 'sisian', english: 'Sisian', en: ['Sisian'], hy: ['Սիսիան'], az: ['Sisyan'], ru: ['Сисиан'] },
];

/**
 * The heritage sites. Dadivank's other name Khudavang and the Yukhari of the Govhar Agha
 * mosque come from docs/domain.md's context and its site line; "Shushi/Shusha" and "at Şahbulaq"
 * say where a site is, not what it is called, and are left out.
 */
export const DOMAIN_SITES: readonly DomainNames[] = [
  { id: 'dadivank', english: 'Dadivank (Khudavang) monastery', en: ['Dadivank monastery', 'Khudavang'], hy: ['Դադիվանք'], az: ['Xudavəng monastırı'], ru: ['Дадиванк', 'Худаванг'] },
  { id: 'gandzasar', english: 'Gandzasar monastery', en: ['Gandzasar monastery'], hy: ['Գանձասար'], az: ['Gəncəsər monastırı'], ru: ['Гандзасарский монастырь'] },
  { id: 'amaras', english: 'Amaras monastery', en: ['Amaras monastery'], hy: ['Ամարաս'], az: ['Amaras monastırı'], ru: ['Амарас'] },
  {
    id: 'ghazanchetsots',
    english: 'Holy Saviour Ghazanchetsots Cathedral',
    en: ['Holy Saviour Ghazanchetsots Cathedral'],
    hy: ['Սուրբ Ամենափրկիչ Ղազանչեցոց'],
    az: ['Qazançı kilsəsi'],
    ru: ['собор Газанчецоц'],
  },
  {
    id: 'govhar-agha-upper',
    english: 'Upper (Yukhari) Govhar Agha mosque',
    en: ['Upper Govhar Agha mosque', 'Yukhari Govhar Agha mosque'],
    hy: ['Վերին մզկիթ'],
    az: ['Yuxarı Gövhər Ağa məscidi'],
    ru: ['мечеть Юхары Говхар-ага'],
  },
  { id: 'agdam-juma-mosque', english: 'Agdam Juma mosque', en: ['Agdam Juma mosque'], hy: ['Աղդամի մզկիթ'], az: ['Ağdam Cümə məscidi'], ru: ['Джума-мечеть Агдама'] },
  { id: 'azykh-cave', english: 'Azykh (Azokh) cave', en: ['Azykh cave', 'Azokh cave'], hy: ['Ազոխի քարանձավ'], az: ['Azıx mağarası'], ru: ['Азыхская пещера'] },
  { id: 'tigranakert', english: 'Tigranakert of Artsakh', en: ['Tigranakert of Artsakh'], hy: ['Արցախի Տիգրանակերտ'], az: ['Tiqranakert'], ru: ['Тигранакерт'] },
];

/** Everything above. */
export const DOMAIN_NAMES: readonly DomainNames[] = [...DOMAIN_PLACES, ...DOMAIN_ROUTE_TOWNS, ...DOMAIN_SITES];

/** Every name of a place, in every language. */
export function allNames(place: DomainNames): string[] {
  return [...place.en, ...place.hy, ...place.az, ...place.ru];
}
