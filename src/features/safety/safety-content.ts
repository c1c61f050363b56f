// The standard mine-risk safety messages (docs/domain.md, "What to do") as data, in all four languages.
// Wording rule: never call a place or an object safe in any language; "there is no danger" is as far as
// a quoted bystander goes, and "checked" never becomes "cleared". No political words.
import type { L10n } from '../../model/vocabulary';

/** A text that has every language: the guide must never fall back to English. */
export type SafetyText = Required<L10n>;

/** The five steps, in order; the id picks the pictogram. */
export type SafetyStepId = 'stop' | 'warn' | 'go-back' | 'mark' | 'report';

/** One step: a short bold imperative and one to three short sentences. */
export interface SafetyStep {
  id: SafetyStepId;
  heading: SafetyText;
  body: readonly SafetyText[];
}

/** A titled list of short texts (rules, a group of danger signs, road advice). */
export interface SafetyList {
  heading: SafetyText;
  items: readonly SafetyText[];
}

/** Everything the Safety guide screen shows. */
export interface SafetyContent {
  title: SafetyText;
  risk: SafetyText;
  intro: SafetyText;
  steps: readonly SafetyStep[];
  rules: SafetyList;
  signsHeading: SafetyText;
  signGroups: readonly SafetyList[];
  roads: SafetyList;
}

/** The mine-risk guide's texts. */
export const SAFETY_CONTENT: SafetyContent = {
  title: {
    en: 'Mine risk: what to do',
    hy: 'Ինչ անել ականային վտանգի դեպքում',
    az: 'Mina təhlükəsi: nə etməli',
    ru: 'Минная опасность: что делать',
  },
  risk: {
    en: 'People returning home are among those most at risk, because they do not know where the danger lies now.',
    hy: 'Տուն վերադարձողները ամենամեծ վտանգի տակ գտնվողների թվում են, քանի որ չգիտեն, թե հիմա որտեղ է վտանգը։',
    az: 'Evlərinə qayıdanlar ən çox risk altında olanlardandır, çünki təhlükənin indi harada olduğunu bilmirlər.',
    ru: 'Вернувшиеся домой — среди тех, кто рискует больше всех: они не знают, где теперь опасность.',
  },
  intro: {
    en: 'If you see a mine or any strange object, take these five steps.',
    hy: 'Եթե տեսնում եք ական կամ որևէ կասկածելի առարկա, կատարեք այս հինգ քայլը։',
    az: 'Mina və ya hər hansı şübhəli əşya görsəniz, bu beş addımı atın.',
    ru: 'Если вы увидели мину или любой подозрительный предмет, сделайте эти пять шагов.',
  },
  steps: [
    {
      id: 'stop',
      heading: { en: 'Stop.', hy: 'Կանգ առեք։', az: 'Dayanın.', ru: 'Остановитесь.' },
      body: [
        {
          en: 'Do not touch it, move it or pick it up.',
          hy: 'Մի՛ դիպչեք, մի՛ տեղաշարժեք և մի՛ վերցրեք այն։',
          az: 'Ona toxunmayın, onu tərpətməyin və götürməyin.',
          ru: 'Не трогайте, не сдвигайте и не поднимайте его.',
        },
        {
          en: 'Do not kick it, cover it, burn it or throw anything at it — even if someone says there is no danger.',
          hy: 'Մի՛ խփեք ոտքով, մի՛ ծածկեք, մի՛ այրեք և ոչինչ մի՛ նետեք դրա վրա, նույնիսկ եթե ինչ-որ մեկն ասում է, որ վտանգ չկա։',
          az: 'Onu təpikləməyin, üstünü örtməyin, yandırmayın və ona heç nə atmayın — hətta kimsə təhlükə olmadığını desə belə.',
          ru: 'Не пинайте его, не накрывайте, не поджигайте и ничего в него не бросайте — даже если кто-то говорит, что опасности нет.',
        },
        {
          en: 'Do not use a radio or a phone right next to it.',
          hy: 'Մի՛ օգտագործեք ռացիա կամ հեռախոս դրա անմիջապես կողքին։',
          az: 'Onun lap yanında ratsiya və ya telefondan istifadə etməyin.',
          ru: 'Не пользуйтесь рацией или телефоном прямо рядом с ним.',
        },
      ],
    },
    {
      id: 'warn',
      heading: { en: 'Warn.', hy: 'Զգուշացրեք։', az: 'Xəbərdar edin.', ru: 'Предупредите.' },
      body: [
        {
          en: 'Warn the people near you.',
          hy: 'Զգուշացրեք մոտակայքում գտնվող մարդկանց։',
          az: 'Yaxınlıqdakı insanları xəbərdar edin.',
          ru: 'Предупредите людей рядом с вами.',
        },
        {
          en: 'Keep children and animals away.',
          hy: 'Երեխաներին և կենդանիներին հեռու պահեք։',
          az: 'Uşaqları və heyvanları uzaq tutun.',
          ru: 'Не подпускайте детей и животных.',
        },
      ],
    },
    {
      id: 'go-back',
      // Not "return" in hy/az/ru: for returnees that word also means going home.
      heading: { en: 'Go back.', hy: 'Հետ գնացեք։', az: 'Geri çəkilin.', ru: 'Отойдите назад.' },
      body: [
        {
          en: 'Go back exactly the way you came, in your own footprints — only if you can see them clearly.',
          hy: 'Հետ գնացեք ճիշտ նույն ճանապարհով, որով եկել եք, ձեր սեփական հետքերով, բայց միայն եթե դրանք հստակ տեսնում եք։',
          az: 'Tam gəldiyiniz yolla, öz ayaq izlərinizlə geri qayıdın — ancaq onları aydın görürsünüzsə.',
          ru: 'Идите назад точно тем же путём, по своим следам, — только если ясно их видите.',
        },
        {
          en: 'If you cannot, stay still and call for help.',
          hy: 'Եթե չեք տեսնում, անշարժ մնացեք և օգնություն կանչեք։',
          az: 'Görmürsünüzsə, yerinizdən tərpənməyin və kömək çağırın.',
          ru: 'Если не видите, стойте на месте и зовите на помощь.',
        },
        {
          en: 'Waiting is always better than guessing.',
          hy: 'Սպասելը միշտ ավելի լավ է, քան կռահելը։',
          az: 'Gözləmək həmişə təxmin etməkdən yaxşıdır.',
          ru: 'Ждать всегда лучше, чем гадать.',
        },
      ],
    },
    {
      id: 'mark',
      heading: { en: 'Mark.', hy: 'Նշեք։', az: 'İşarələyin.', ru: 'Обозначьте.' },
      body: [
        {
          en: 'Mark the area, not the object, from where you stand: with a stick, stones or a tied cloth.',
          hy: 'Նշեք տարածքը, ոչ թե առարկան, այնտեղից, որտեղ կանգնած եք՝ փայտով, քարերով կամ կապված կտորով։',
          az: 'Əşyanı yox, ərazini olduğunuz yerdən işarələyin: çubuqla, daşlarla və ya bağlanmış parça ilə.',
          ru: 'Обозначьте участок, а не сам предмет, с того места, где стоите: палкой, камнями или привязанной тряпкой.',
        },
        {
          en: 'Do not step onto unknown ground to look for them.',
          hy: 'Դրանք փնտրելու համար մի՛ քայլեք չստուգված հողի վրա։',
          az: 'Bunları axtarmaq üçün yoxlanılmamış torpağa addım atmayın.',
          ru: 'Не ступайте на непроверенную землю, чтобы их найти.',
        },
        {
          en: 'Remember the place.',
          hy: 'Հիշեք այդ տեղը։',
          az: 'Yeri yadda saxlayın.',
          ru: 'Запомните это место.',
        },
      ],
    },
    {
      id: 'report',
      heading: { en: 'Report.', hy: 'Հայտնեք։', az: 'Xəbər verin.', ru: 'Сообщите.' },
      body: [
        {
          en: 'Report it to the mine-action authority, the police or the peacekeepers.',
          hy: 'Հայտնեք ականազերծման ծառայությանը, ոստիկանությանը կամ խաղաղապահներին։',
          az: 'Minatəmizləmə qurumuna, polisə və ya sülhməramlılara xəbər verin.',
          ru: 'Сообщите в службу разминирования, в полицию или миротворцам.',
        },
        {
          en: 'Say what you saw and where.',
          hy: 'Ասեք, թե ինչ եք տեսել և որտեղ։',
          az: 'Nə gördüyünüzü və harada gördüyünüzü deyin.',
          ru: 'Скажите, что вы видели и где.',
        },
      ],
    },
  ],
  rules: {
    heading: { en: 'Always remember', hy: 'Միշտ հիշեք', az: 'Həmişə yadda saxlayın', ru: 'Всегда помните' },
    items: [
      {
        en: 'Never rush to help someone injured in a mined area. Call for help.',
        hy: 'Երբեք մի՛ շտապեք օգնել ականապատ տարածքում վիրավորված մարդուն։ Օգնություն կանչեք։',
        az: 'Minalanmış ərazidə yaralanan insana kömək etməyə heç vaxt tələsməyin. Kömək çağırın.',
        ru: 'Никогда не бросайтесь на помощь раненому в заминированном месте. Вызовите помощь.',
      },
      {
        en: 'Never remove warning signs.',
        hy: 'Երբեք մի՛ հանեք նախազգուշացնող նշանները։',
        az: 'Xəbərdarlıq nişanlarını heç vaxt yerindən çıxarmayın.',
        ru: 'Никогда не убирайте предупреждающие знаки.',
      },
      {
        en: 'If there is no sign, that does not mean there are no mines.',
        hy: 'Եթե նշան չկա, դա չի նշանակում, որ ականներ չկան։',
        az: 'Nişan yoxdursa, bu, mina olmadığı demək deyil.',
        ru: 'Если знака нет, это не значит, что мин нет.',
      },
      {
        en: 'Small bombs from cluster munitions can look like toys or tins. Teach children never to pick up metal objects.',
        hy: 'Կասետային ռումբերի փոքր ռումբերը կարող են նման լինել խաղալիքների կամ թիթեղյա տուփերի։ Սովորեցրեք երեխաներին երբեք չվերցնել մետաղյա առարկաներ։',
        az: 'Kasetli bombaların kiçik bombaları oyuncağa və ya konserv qutusuna oxşaya bilər. Uşaqlara öyrədin ki, heç vaxt metal əşyaları götürməsinlər.',
        ru: 'Маленькие бомбы из кассетных боеприпасов могут быть похожи на игрушки или консервные банки. Научите детей никогда не поднимать металлические предметы.',
      },
    ],
  },
  signsHeading: { en: 'Signs of danger', hy: 'Վտանգի նշաններ', az: 'Təhlükə əlamətləri', ru: 'Признаки опасности' },
  signGroups: [
    {
      heading: { en: 'Official signs', hy: 'Պաշտոնական նշաններ', az: 'Rəsmi nişanlar', ru: 'Официальные знаки' },
      items: [
        {
          en: 'A skull and crossbones on a red square or triangle, with the word “MINES” in the local language.',
          hy: 'Գանգ և խաչված ոսկորներ կարմիր քառակուսու կամ եռանկյունու վրա՝ տեղական լեզվով «ԱԿԱՆՆԵՐ» գրությամբ։',
          az: 'Qırmızı kvadrat və ya üçbucaq üzərində kəllə və çarpaz sümüklər, yerli dildə «MİNA» sözü ilə.',
          ru: 'Череп и кости на красном квадрате или треугольнике, со словом «МИНЫ» на местном языке.',
        },
        {
          en: 'Red-and-white or yellow tape.',
          hy: 'Կարմիր-սպիտակ կամ դեղին ժապավեն։',
          az: 'Qırmızı-ağ və ya sarı lent.',
          ru: 'Красно-белая или жёлтая лента.',
        },
        {
          en: 'Sticks painted red and white.',
          hy: 'Կարմիր և սպիտակ ներկված փայտեր։',
          az: 'Qırmızı-ağ rəngə boyanmış çubuqlar.',
          ru: 'Палки, окрашенные в красный и белый цвет.',
        },
      ],
    },
    {
      heading: { en: 'Local signs', hy: 'Տեղական նշաններ', az: 'Yerli nişanlar', ru: 'Местные знаки' },
      items: [
        { en: 'Crossed sticks.', hy: 'Խաչաձև դրված փայտեր։', az: 'Çarpaz qoyulmuş çubuqlar.', ru: 'Скрещённые палки.' },
        { en: 'Piles of stones.', hy: 'Քարերի կույտեր։', az: 'Daş yığınları.', ru: 'Кучки камней.' },
        { en: 'Knotted grass.', hy: 'Հանգույց արած խոտ։', az: 'Düyünlənmiş ot.', ru: 'Трава, завязанная узлом.' },
        {
          en: 'A red cloth tied to a branch.',
          hy: 'Ճյուղին կապված կարմիր կտոր։',
          az: 'Budağa bağlanmış qırmızı parça.',
          ru: 'Красная тряпка, привязанная к ветке.',
        },
      ],
    },
    {
      heading: { en: 'Clues', hy: 'Անուղղակի նշաններ', az: 'Dolayı əlamətlər', ru: 'Косвенные признаки' },
      items: [
        {
          en: 'Old trenches, bunkers and firing positions.',
          hy: 'Հին խրամատներ, բունկերներ և կրակային դիրքեր։',
          az: 'Köhnə səngərlər, bunkerlər və atəş mövqeləri.',
          ru: 'Старые окопы, блиндажи и огневые позиции.',
        },
        {
          en: 'Wrecked vehicles.',
          hy: 'Ջարդված մեքենաներ և տեխնիկա։',
          az: 'Dağılmış maşınlar və texnika.',
          ru: 'Разбитые машины и техника.',
        },
        { en: 'Dead animals.', hy: 'Սատկած կենդանիներ։', az: 'Ölü heyvanlar.', ru: 'Мёртвые животные.' },
        {
          en: 'Tripwires: thin wires stretched low above the ground.',
          hy: 'Գետնից քիչ վեր ձգված բարակ լարեր։',
          az: 'Yerdən bir az yuxarıda çəkilmiş nazik məftillər.',
          ru: 'Растяжки: тонкая проволока, натянутая низко над землёй.',
        },
        {
          en: 'Fields and paths that no one uses.',
          hy: 'Դաշտեր և արահետներ, որոնցից ոչ ոք չի օգտվում։',
          az: 'Heç kimin istifadə etmədiyi tarlalar və cığırlar.',
          ru: 'Поля и тропы, которыми никто не пользуется.',
        },
      ],
    },
  ],
  roads: {
    heading: { en: 'Keep to the road', hy: 'Մի՛ շեղվեք ճանապարհից', az: 'Yoldan çıxmayın', ru: 'Не сходите с дороги' },
    items: [
      {
        en: 'Stay on paved or much-used roads.',
        hy: 'Մնացեք ասֆալտապատ կամ հաճախ օգտագործվող ճանապարհների վրա։',
        az: 'Asfalt və ya çox istifadə olunan yollardan kənara çıxmayın.',
        ru: 'Держитесь асфальтированных или часто используемых дорог.',
      },
      {
        // "Checked", never "cleared" or "safe": a check does not promise anything.
        en: 'Do not enter ruins or abandoned houses before they are checked.',
        hy: 'Մի՛ մտեք ավերակներ կամ լքված տներ, քանի դեռ դրանք չեն ստուգվել։',
        az: 'Xarabalıqlara və tərk edilmiş evlərə yoxlanılmadan girməyin.',
        ru: 'Не входите в руины и брошенные дома, пока их не проверили.',
      },
      {
        en: 'Do not collect scrap metal or firewood off the road.',
        hy: 'Մի՛ հավաքեք մետաղի ջարդոն կամ վառելափայտ ճանապարհից դուրս։',
        az: 'Yoldan kənarda metal qırıntısı və ya odun yığmayın.',
        ru: 'Не собирайте металлолом и дрова в стороне от дороги.',
      },
    ],
  },
};
