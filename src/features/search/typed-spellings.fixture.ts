// Test and measurement data, never bundled: how people actually type the names of
// docs/domain.md (domain-names.fixture.ts), written out by hand, one line per place. Each
// spelling must find its place first. Nothing here is computed, so the engine under test cannot
// agree with itself by construction.
//
// - plain: Azerbaijani on a keyboard without ş ç ğ ə ı ö ü (bare letter; ə as e or as a; x as h
//   or kh), and the Russian names in plain Latin (х as h, дж as j or dzh, no soft sign).
// - slips: one slip of the finger in a word of five letters or more: a letter missing, two
//   swapped, a neighbouring key on QWERTY (ЙЦУКЕН for the Cyrillic ones), one letter too many.
// - twoSlips: two slips in a word of eight letters or more.
// - layouts: the name typed with the phone on the wrong layout. In order: the Russian names
//   typed on the Latin layout (Степанакерт → Cntgfyfrthn); the English name typed on the
//   Russian layout (Stepanakert → Ыеузфтфлуке); the Armenian names typed on the Latin layout
//   where the Armenian phonetic layout has them (Ստեփանակերտ → Ste3anake8t: փ is on 3, ր on 8);
//   the English name typed on the Armenian phonetic layout (Shushi → Սհւսհի).

/** The ways one place's names are typed; see the file header. */
export interface TypedSpellings {
  id: string;
  plain: string[];
  slips: string[];
  twoSlips: string[];
  layouts: string[];
}

/** Which list of TypedSpellings a spelling comes from. */
export type SpellingWay = Exclude<keyof TypedSpellings, 'id'>;

export const TYPED_SPELLINGS: readonly TypedSpellings[] = [
  {
    id: 'stepanakert',
    plain: ['Xankendi', 'Xankandi', 'Hankendi', 'xankendi'],
    slips: ['Stepaakert', 'Stepnaakert', 'Stepanskert', 'Stepansakert', 'Khanendi', 'Khaknendi', 'Khankrndi', 'Khankrendi', 'Степаакерт', 'Сткпанакерт'],
    twoSlips: ['Stpanakett', 'Stpeanaket', 'Khnkenfi', 'Khnakeni'],
    layouts: ['Cntgfyfrthn', '[fyrtylb', 'Ыеузфтфлуке', 'Ste3anake8t', '[anqendi', 'Ստեպանակեռտ'],
  },
  {
    id: 'shushi',
    plain: ['Susa', 'susa', 'Susi'],
    slips: ['Shuhi', 'Shsuhi', 'Shusji', 'Shusjhi', 'Shuha', 'Shsuha', 'Shusja', 'Shusjha'],
    twoSlips: [],
    // Ieif is Шуша, Ieib is Шуши.
    layouts: ['Ieif', 'Ieib', 'Ыргырш', ';wu;i', 'Սհւսհի'],
  },
  {
    id: 'lachin',
    plain: ['Lacin', 'lacin', 'Lachyn'],
    slips: ['Lahcin', 'Lachon', 'Lachoin', 'Berzor', 'Bedrzor', 'Berdxor', 'Berdxzor', 'Лаин'],
    twoSlips: [],
    layouts: ['Kfxby', ',thlpjh', 'Дфсршт', 'Be84w8', 'La9in', 'Լացհին'],
  },
  {
    id: 'kelbajar',
    plain: ['Kelbecer', 'Kalbacar', 'Kelbadzhar', 'Karvacar'],
    slips: ['Kelbjar', 'Kelabjar', 'Kelbakar', 'Kelbakjar', 'Karvchar', 'Karavchar', 'Karvavhar', 'Karvavchar', 'Кельбджар'],
    twoSlips: ['Kebajsr', 'Keblajr', 'Kavachsr', 'Kavrachr'],
    layouts: ['Rtkm,fl;fh', 'Rfhdfxfh', 'Лудифофк', 'Qa8va0ar', 'Կելբայառ'],
  },
  {
    id: 'agdam',
    plain: ['Aghdam', 'agdam'],
    slips: ['Agam', 'Adgam', 'Agdsm', 'Agdsam', 'Агам'],
    twoSlips: [],
    layouts: ['Fulfv', 'Fryf', 'Фпвфь', 'Axdam', 'Ագդամ'],
  },
  {
    id: 'fizuli',
    plain: ['Fuzuli'],
    slips: ['Fizli', 'Fiuzli', 'Fizuki', 'Fizukli', 'Varnda', 'Vaarnda', 'Varamda', 'Varamnda', 'Физли'],
    twoSlips: [],
    layouts: ['Abpekb', 'Dfhfylf', 'Ашягдш', 'Va8anda', 'Fizwuli', 'Ֆիզւլի'],
  },
  {
    id: 'jebrail',
    plain: ['Cebrayil', 'Cabrayil', 'Cebrail', 'Dzhebrail', 'Djebrail'],
    slips: ['Jebail', 'Jerbail', 'Jebrsil', 'Jebrsail', 'Jraan', 'Jrkaan', 'Jraksn', 'Jraksan', 'Джебаил'],
    twoSlips: [],
    layouts: ['L;t,hfbk', 'L;hfrfy', 'Оуикфшд', '58akan', '5ab8ajil', 'Յեբռաիլ'],
  },
  {
    id: 'hadrut',
    plain: ['Gadrut', 'Xadrut'],
    slips: ['Hadut', 'Hardut', 'Hadrit', 'Hadriut', 'Гадут'],
    twoSlips: [],
    layouts: ['Uflhen', 'Рфвкге', 'Had8wu2', 'Հադռւտ'],
  },
  {
    id: 'martuni',
    plain: ['Xocavend', 'Xocavand', 'Hocavend', 'Khocavend', 'Hodzhavend', 'Hojavend'],
    slips: ['Maruni', 'Matruni', 'Martini', 'Martiuni', 'Khojvend', 'Khoajvend', 'Khojabend', 'Khojabvend', 'Маруни'],
    twoSlips: ['Khjavemd', 'Khjoaved'],
    layouts: ['Vfhneyb', '[jl;fdtyl', 'Ьфкегтш', 'Ma8twuni', 'Մառտւնի'],
  },
  {
    id: 'askeran',
    plain: ['Esgeran', 'Asgaran', 'Esgaran'],
    slips: ['Askran', 'Asekran', 'Asketan', 'Asketran', 'Аскран'],
    twoSlips: [],
    layouts: ['Fcrthfy', 'Фылукфт', 'Aske8an', 'Ասկեռան'],
  },
  {
    id: 'khojaly',
    plain: ['Xocali', 'Hocali', 'Khocali', 'Hojaly', 'Hodzhaly', 'Ivanian'],
    slips: ['Khoaly', 'Khjoaly', 'Khojsly', 'Khojsaly', 'Ivayan', 'Ivnayan', 'Ivanuan', 'Ivanuyan', 'Ходалы'],
    twoSlips: [],
    layouts: ['[jl;fks', 'Лрщофдн', 'Ivanjan', '[w5alwu', 'Կհօյալը'],
  },
  {
    id: 'zangilan',
    plain: ['Zengilan', 'Zangelan'],
    slips: ['Zanglan', 'Zaniglan', 'Zangikan', 'Zangiklan', 'Kovskan', 'Kovaskan', 'Kovsalan', 'Kovsalkan', 'Занглан'],
    twoSlips: ['Zagilsn', 'Zagniln', 'Kosaksn', 'Kosvakn'],
    layouts: ['Pfyutkfy', 'Яфтпшдфт', 'Kwvsakan', 'Զանգիլան'],
  },
  {
    id: 'gubadly',
    plain: ['Qubadli', 'Gubadli', 'Kubatly'],
    slips: ['Gubdly', 'Guabdly', 'Gubafly', 'Gubafdly', 'Kashnik', 'Kasuhnik', 'Kashumik', 'Kashumnik', 'Губдлы'],
    twoSlips: ['Kahunok', 'Kahsunk'],
    layouts: ['Ue,flks', 'Re,fnks', 'Пгифвдн', 'Qa;wuniq', 'Գւբադլը'],
  },
  {
    id: 'goris',
    plain: ['Gorus'],
    slips: ['Gois', 'Grois', 'Goros', 'Gorois', 'Гоис'],
    twoSlips: [],
    layouts: ['Ujhbc', 'Пщкшы', 'Gw8is', 'Գօռիս'],
  },
  {
    id: 'yerevan',
    plain: ['Irevan', 'Iravan', 'Erevan'],
    slips: ['Yervan', 'Yeervan', 'Yereban', 'Yerebvan', 'Ереан'],
    twoSlips: [],
    layouts: ['Thtdfy', 'Нукумфт', 'E87an', 'Ըեռեվան'],
  },
  {
    id: 'baku',
    plain: ['Baki'],
    slips: [],
    twoSlips: [],
    layouts: [',fre', 'Ифлг', 'Baqwu', 'Բակւ'],
  },
  {
    id: 'ararat',
    plain: [],
    slips: ['Araat', 'Arraat', 'Ararst', 'Ararsat', 'Араат'],
    twoSlips: [],
    layouts: ['Fhfhfn', 'Фкфкфе', 'A8a8at', 'Առառատ'],
  },
  {
    id: 'yeghegnadzor',
    plain: ['Yegeqnadzor', 'Yegheqnadzor', 'Yekhegnadzor', 'Ehegnadzor'],
    slips: ['Yeghegadzor', 'Yeghengadzor', 'Yeghegnsdzor', 'Yeghegnsadzor', 'Ехегндзор'],
    twoSlips: ['Yehegnadzpr', 'Yehgegnadzr'],
    layouts: ['T[tuyflpjh', 'Нупруптфвящк', 'Exegna4w8', 'Ըեգհեգնադզօռ'],
  },
  {
    id: 'vayk',
    plain: ['Vaik'],
    slips: [],
    twoSlips: [],
    layouts: ['Dfqr', 'Мфнл', 'Vajq', 'Վաըկ'],
  },
  {
    id: 'sisian',
    plain: ['Sisyan'],
    slips: ['Sisan', 'Siian', 'Siisan', 'Sisisn', 'Sisisan', 'Сисан'],
    twoSlips: [],
    layouts: ['Cbcbfy', 'Ышышфт', 'Սիսիան'],
  },
  {
    id: 'dadivank',
    plain: ['Xudaveng monastiri', 'Xudavang monastiri', 'Hudaveng monastiri', 'Khudaveng monastiri', 'Hudavang'],
    slips: ['Dadiank monastery', 'Dadviank monastery', 'Dadivsnk monastery', 'Dadivsank monastery', 'Khudvang', 'Khuadvang', 'Khudabang', 'Khudabvang', 'Дадианк'],
    twoSlips: ['Daivamk monastery', 'Daidvak monastery', 'Khdavamg', 'Khduavag'],
    layouts: ['Lflbdfyr', '[elfdfyu', 'Вфвшмфтл ьщтфыеукн', 'Dadivanq', 'Դադիվանկ մօնաստեռը'],
  },
  {
    id: 'gandzasar',
    plain: ['Genceser monastiri', 'Gancasar monastiri', 'Gandzasarskiy monastyr'],
    slips: ['Gandasar monastery', 'Ganzdasar monastery', 'Gandzssar monastery', 'Gandzsasar monastery', 'Гандзаарский монастырь'],
    twoSlips: ['Gadzassr monastery', 'Gadnzasr monastery'],
    layouts: ['Ufylpfcfhcrbq vjyfcnshm', 'Пфтвяфыфк ьщтфыеукн', 'Gan4asa8', 'Գանդզասառ մօնաստեռը'],
  },
  {
    id: 'amaras',
    plain: ['Amaras monastiri', 'Amaras'],
    slips: ['Amaas monastery', 'Amraas monastery', 'Amarss monastery', 'Amarsas monastery', 'Амаас'],
    twoSlips: [],
    layouts: ['Fvfhfc', 'Фьфкфы ьщтфыеукн', 'Ama8as', 'Ամառաս մօնաստեռը'],
  },
  {
    id: 'ghazanchetsots',
    plain: ['Qazanci kilsesi', 'Qazanci kilsasi', 'Qazanchi kilsesi', 'sobor Gazanchetsots'],
    slips: ['Ghazanchetsos', 'Ghazancehtsots', 'Ghazanchetsits', 'Holy Savour Ghazanchetsots Cathedral', 'соор Газанчецоц'],
    twoSlips: ['Ghazanchesits', 'Ghazamchetsoys'],
    layouts: ['cj,jh Ufpfyxtwjw', 'Рщдн Ыфмшщгк Прфяфтсруеыщеы Сферувкфд', 'Swu8b Amena38ki9 Xazan9ecwc', 'Հօլը Սավիօւռ Գհազանցհետսօտս Ցատհեդռալ'],
  },
  {
    id: 'govhar-agha-upper',
    plain: ['Yuxari Govher Aga mescidi', 'Yuxari Govhar Aga mascidi', 'Yuhari Govher Aga mescidi', 'Yukhari Govher Agha mescidi', 'mechet Yuhary Govhar-aga'],
    slips: ['Uper Govhar Agha mosque', 'Upprr Govhar Agha mosque', 'Upprer Govhar Agha mosque', 'Yukari Govhar Agha mosque', 'Yuhkari Govhar Agha mosque', 'Yukhsri Govhar Agha mosque', 'Yukhsari Govhar Agha mosque', 'мечть Юхары Говхар-ага'],
    twoSlips: [],
    layouts: ['vtxtnm .[fhs Ujd[fh-fuf', 'Гззук Пщмрфк Фпрф ьщыйгу', 'Ve8in mzki2', 'Ւպպեռ Գօվհառ Ագհա մօսքւե'],
  },
  {
    id: 'agdam-juma-mosque',
    plain: ['Agdam Cume mescidi', 'Agdam Cuma mascidi', 'Aghdam Cume mescidi', 'Juma-mechet Agdama'],
    slips: ['Agam Juma mosque', 'Adgam Juma mosque', 'Agdsm Juma mosque', 'Agdsam Juma mosque', 'Джума-ечеть Агдама'],
    twoSlips: [],
    layouts: ['L;evf-vtxtnm Fulfvf', 'Фпвфь Огьф ьщыйгу', 'Axdami mzki2', 'Ագդամ Յւմա մօսքւե'],
  },
  {
    id: 'azykh-cave',
    plain: ['Azix magarasi', 'Azih magarasi', 'Azikh magharasi', 'Azyhskaya peschera'],
    slips: ['Azkh cave', 'Ayzkh cave', 'Azylh cave', 'Azylkh cave', 'Aozkh cave', 'Azolh cave', 'Azolkh cave', 'Азыхкая пещера'],
    twoSlips: [],
    layouts: ['Fps[crfz gtothf', 'Фянлр сфму', 'Azw[i qa8an4av', 'Ազըկհ ցավե'],
  },
  {
    id: 'tigranakert',
    plain: ['Tiqranakert', 'Tigranakert'],
    slips: ['Tigraakert of Artsakh', 'Tigrnaakert of Artsakh', 'Tigranskert of Artsakh', 'Tigransakert of Artsakh', 'Тиграакерт'],
    twoSlips: ['Tiranakett of Artsakh', 'Tirganaket of Artsakh'],
    layouts: ['Nbuhfyfrthn', 'Ешпкфтфлуке ща Фкеыфлр', 'A8ca[i Tig8anake8t', 'Տիգռանակեռտ օֆ Առտսակհ'],
  },
];
