<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<context>
    <name>About</name>
    <message>
        <source> (the connection is encrypted)</source>
        <translation> (пайваст рамзгузорӣ шудааст)</translation>
    </message>
    <message>
        <source> (the connection is not encrypted)</source>
        <translation> (пайваст рамзгузорӣ нашудааст)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HeroViewer {version}&lt;/h3&gt;&lt;p&gt;A reference of the Heroes of the Soviet Union linked to the Republic of Tajikistan, with CSTO Secretariat news. Works offline.&lt;/p&gt;&lt;p&gt;The sources count {total} such heroes; this catalogue holds {held} of them and {news} news items.&lt;/p&gt;&lt;p&gt;Data: facts researched from public sources; every hero record and news item lists the pages it rests on, and research notes say what is uncertain. No photographs are bundled: portraits are drawn placeholders.&lt;/p&gt;&lt;p&gt;Catalogue: {catalogue}&lt;/p&gt;&lt;p&gt;Licences: the program: MIT; the hero records and news summaries: CC BY 4.0 (each lists its sources); the Noto Sans font: SIL Open Font License 1.1; Qt and Qt for Python, bundled with the installed program: LGPL 3.&lt;/p&gt;&lt;p&gt;Maps: places from GeoNames (geonames.org), CC BY 4.0; country and region outlines from Natural Earth (naturalearthdata.com), public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HeroViewer {version}&lt;/h3&gt;&lt;p&gt;Маълумотномаи Қаҳрамонони Иттиҳоди Шӯравӣ, ки бо Ҷумҳурии Тоҷикистон алоқаманданд, бо хабарҳои Котиботи СААД. Бе интернет кор мекунад.&lt;/p&gt;&lt;p&gt;Тибқи манбаъҳо шумораи чунин қаҳрамонон {total} нафар аст; ин феҳрист {held} нафари онҳо ва {news} хабарро дар бар мегирад.&lt;/p&gt;&lt;p&gt;Маълумот: далелҳо аз манбаъҳои оммавӣ тадқиқ шудаанд; ҳар сабти қаҳрамон ва ҳар хабар саҳифаҳоеро, ки ба онҳо асос ёфтааст, номбар мекунад ва қайдҳои тадқиқотӣ нишон медиҳанд, ки чӣ номуайян аст. Ягон акс замима нашудааст: портретҳо тасвирҳои кашидашудаи ҷойнишин мебошанд.&lt;/p&gt;&lt;p&gt;Феҳрист: {catalogue}&lt;/p&gt;&lt;p&gt;Иҷозатномаҳо: барнома — MIT; сабтҳои қаҳрамонон ва хулосаҳои хабарҳо — CC BY 4.0 (ҳар яке манбаъҳояшро номбар мекунад); ҳуруфи Noto Sans — SIL Open Font License 1.1; Qt ва Qt for Python, ки бо барномаи насбшуда меоянд, — LGPL 3.&lt;/p&gt;&lt;p&gt;Харитаҳо: маҳалҳо аз GeoNames (geonames.org), CC BY 4.0; сарҳадҳои кишварҳо ва вилоятҳо аз Natural Earth (naturalearthdata.com), моликияти умумӣ.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About HeroViewer</source>
        <translation>&amp;Дар бораи HeroViewer</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Нусхаи эҳтиётӣ гирифтан…</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Номро нусха &amp;бардоштан</translation>
    </message>
    <message>
        <source>&amp;Crop new portraits to the card&apos;s shape</source>
        <translation>Портретҳои навро ба &amp;шакли варақа буридан</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Торик</translation>
    </message>
    <message>
        <source>&amp;Delete hero…</source>
        <translation>Қаҳрамонро &amp;нест кардан…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Таҳрир</translation>
    </message>
    <message>
        <source>&amp;Edit hero…</source>
        <translation>Қаҳрамонро таҳ&amp;рир кардан…</translation>
    </message>
    <message>
        <source>&amp;Export heroes…</source>
        <translation>Қаҳрамононро &amp;содир кардан…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Ҷ&amp;устуҷӯ</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Мисли система</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Кӯмак</translation>
    </message>
    <message>
        <source>&amp;Heroes</source>
        <translation>Қаҳ&amp;рамонон</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Таърихи тағйирот…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Ворид кардан…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Забон</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Равшан</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Хар&amp;ита</translation>
    </message>
    <message>
        <source>&amp;New hero…</source>
        <translation>Қаҳрамони на&amp;в…</translation>
    </message>
    <message>
        <source>&amp;Print hero cards…</source>
        <translation>Варақаҳои қаҳрамононро &amp;чоп кардан…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Баромадан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Та&amp;крор кардан</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>Та&amp;крор кардан: {change}</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Ба&amp;рқарор кардан…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Мавзӯъ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Бекор кардан: {change}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Намоиш</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Дар бораи &amp;Qt</translation>
    </message>
    <message>
        <source>CSTO Secretariat &amp;news</source>
        <translation>&amp;Хабарҳои Котиботи СААД</translation>
    </message>
    <message>
        <source>Choose &amp;portrait…</source>
        <translation>&amp;Портретро интихоб кардан…</translation>
    </message>
    <message>
        <source>Choose an image file, or drop one on the hero&apos;s page, to be the portrait</source>
        <translation>Файли тасвирро интихоб кунед ё онро ба саҳифаи қаҳрамон кашида партоед, то портрет шавад</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Нест кардан…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Таҳрир кардан…</translation>
    </message>
    <message>
        <source>Export &amp;news…</source>
        <translation>&amp;Хабарҳоро содир кардан…</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Ра&amp;қамҳо</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Мисли &amp;система</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Таърихи тағйирот…</translation>
    </message>
    <message>
        <source>Import p&amp;ortraits…</source>
        <translation>&amp;Портретҳоро ворид кардан…</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Хабари нав…</translation>
    </message>
    <message>
        <source>Only records that need &amp;research</source>
        <translation>Танҳо сабтҳое, ки ба &amp;тафтиш ниёз доранд</translation>
    </message>
    <message>
        <source>Open &amp;shared catalogue…</source>
        <translation>Кушодани феҳристи &amp;умумӣ…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Навсозӣ</translation>
    </message>
    <message>
        <source>Re&amp;move portrait</source>
        <translation>Портретро &amp;хориҷ кардан</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Хр&amp;онология</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>backups are made of catalogue files, not of database URLs</source>
        <translation>нусхаи эҳтиётӣ аз файлҳои феҳрист гирифта мешавад, на аз URL-ҳои пойгоҳи додаҳо</translation>
    </message>
    <message>
        <source>restoring works on catalogue files, not on database URLs</source>
        <translation>барқарор кардан танҳо барои файлҳои феҳрист кор мекунад, на барои URL-ҳои пойгоҳи додаҳо</translation>
    </message>
    <message>
        <source>{backup}: is the catalogue {catalogue} itself, not a backup of it; nothing restored</source>
        <translation>{backup}: ин худи феҳристи {catalogue} аст, на нусхаи эҳтиётии он; ҳеҷ чиз барқарор нашуд</translation>
    </message>
    <message>
        <source>{path}: HeroViewer has it open; close it first</source>
        <translation>{path}: HeroViewer онро кушодааст; аввал онро пӯшед</translation>
    </message>
    <message>
        <source>{path}: the copy failed its check ({problem})</source>
        <translation>{path}: нусха аз санҷиш нагузашт ({problem})</translation>
    </message>
    <message>
        <source>{reason}; the catalogue is unchanged</source>
        <translation>{reason}; феҳрист тағйир наёфт</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message numerus="yes">
        <source>%n card(s) {pages}</source>
        <translation>
            <numerusform>%n варақа {pages}</numerusform>
            <numerusform>%n варақа {pages}</numerusform>
        </translation>
    </message>
    <message>
        <source>Born: {place}.</source>
        <translation>Таваллуд: {place}.</translation>
    </message>
    <message>
        <source>Dates and places of birth and death unknown.</source>
        <translation>Сана ва ҷои таваллуд ва вафот номаълум аст.</translation>
    </message>
    <message>
        <source>Died: {place}.</source>
        <translation>Вафот: {place}.</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union (date of the decree unknown)</source>
        <translation>Қаҳрамони Иттиҳоди Шӯравӣ (санаи фармон номаълум)</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union (date of the decree unknown), posthumously</source>
        <translation>Қаҳрамони Иттиҳоди Шӯравӣ (санаи фармон номаълум), пас аз марг</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union by decree of {date}</source>
        <translation>Қаҳрамони Иттиҳоди Шӯравӣ бо фармони {date}</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union by decree of {date}, posthumously</source>
        <translation>Қаҳрамони Иттиҳоди Шӯравӣ бо фармони {date}, пас аз марг</translation>
    </message>
    <message>
        <source>Rank and unit unknown.</source>
        <translation>Рутбаи ҳарбӣ ва қисми ҳарбӣ номаълум аст.</translation>
    </message>
    <message>
        <source>Sources: none recorded</source>
        <translation>Манбаъҳо: қайд нашудаанд</translation>
    </message>
    <message>
        <source>Sources: {hosts}</source>
        <translation>Манбаъҳо: {hosts}</translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation>Матн ба забони англисӣ</translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation>Матн ба забони русӣ</translation>
    </message>
    <message>
        <source>Text in Tajik</source>
        <translation>Матн ба забони тоҷикӣ</translation>
    </message>
    <message>
        <source>The deed is not yet described in the catalogue.</source>
        <translation>Корнамоӣ дар феҳрист ҳанӯз тавсиф нашудааст.</translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation>Тарҷума; кормандон ҳанӯз насанҷидаанд</translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>дар %n саҳифа</numerusform>
            <numerusform>дар %n саҳифа</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>A4, four A6 cards with cut marks</source>
        <translation>A4, чор варақаи A6 бо аломатҳои буриш</translation>
    </message>
    <message>
        <source>A4, one card per page</source>
        <translation>A4, дар ҳар саҳифа як варақа</translation>
    </message>
    <message>
        <source>A5 landscape, one card per page</source>
        <translation>A5 уфуқӣ, дар ҳар саҳифа як варақа</translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation>Варақаҳо барои:</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Варақаҳо захира нашуданд</translation>
    </message>
    <message>
        <source>Cards without a QR code</source>
        <translation>Варақаҳои бе рамзи QR</translation>
    </message>
    <message>
        <source>Every hero the list shows ({count})</source>
        <translation>Ҳамаи қаҳрамононе, ки рӯйхат нишон медиҳад ({count})</translation>
    </message>
    <message>
        <source>Hero cards</source>
        <translation>Варақаҳои қаҳрамонон</translation>
    </message>
    <message>
        <source>Hero cards — print preview</source>
        <translation>Варақаҳои қаҳрамонон — пешнамоиши чоп</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Тарҳбандӣ:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Ҳуҷҷатҳои PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Пешнамоиш ва чоп кардан…</translation>
    </message>
    <message>
        <source>Print hero cards</source>
        <translation>Чоп кардани варақаҳои қаҳрамонон</translation>
    </message>
    <message>
        <source>QR code of the source link</source>
        <translation>Рамзи QR-и пайванди манбаъ</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Ҳамчун PDF захира кардан…</translation>
    </message>
    <message>
        <source>Save hero cards as PDF</source>
        <translation>Захира кардани варақаҳои қаҳрамонон ҳамчун PDF</translation>
    </message>
    <message>
        <source>The hero shown ({count})</source>
        <translation>Қаҳрамони нишондодашуда ({count})</translation>
    </message>
    <message>
        <source>The selected heroes ({count})</source>
        <translation>Қаҳрамонони интихобшуда ({count})</translation>
    </message>
    <message>
        <source>The source link of these heroes is too long for a QR code; their cards were printed without one:</source>
        <translation>Пайванди манбаи ин қаҳрамонон барои рамзи QR хеле дароз аст; варақаҳои онҳо бе рамзи QR чоп шуданд:</translation>
    </message>
    <message>
        <source>US Letter, one card per page</source>
        <translation>US Letter, дар ҳар саҳифа як варақа</translation>
    </message>
    <message>
        <source>hero-cards.pdf</source>
        <translation>hero-cards.pdf</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} навишта нашуд: {reason}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>HeroViewer hero cards</source>
        <translation>Варақаҳои қаҳрамонони HeroViewer</translation>
    </message>
    <message>
        <source>no portrait</source>
        <translation>портрет нест</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>&apos;{field}&apos;: theirs: {theirs}; yours: {yours}</source>
        <translation>&apos;{field}&apos;: аз онҳо: {theirs}; аз шумо: {yours}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(холӣ)</translation>
    </message>
    <message>
        <source>another program is reading the catalogue</source>
        <translation>барномаи дигар феҳристро мехонад</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>the hero {id}</source>
        <translation>қаҳрамони {id}</translation>
    </message>
    <message>
        <source>the news item {id}</source>
        <translation>хабари {id}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>{label}: made by a newer HeroViewer (schema revision {revision}); install the newer version to open it</source>
        <translation>{label}: бо версияи навтари HeroViewer сохта шудааст (ревизияи схема {revision}); барои кушодани он версияи навтарро насб кунед</translation>
    </message>
    <message>
        <source>{label}: the column {table}.{column} is {kind}, not {spec} as HeroViewer made it</source>
        <translation>{label}: сутуни {table}.{column} {kind} аст, на {spec}, чунон ки HeroViewer сохта буд</translation>
    </message>
    <message>
        <source>{label}: the index {name} on {spec} is missing or changed</source>
        <translation>{label}: индекси {name} барои {spec} нест ё тағйир ёфтааст</translation>
    </message>
    <message>
        <source>{label}: the table {table} has a column &apos;{column}&apos; HeroViewer did not make</source>
        <translation>{label}: ҷадвали {table} сутуни «{column}»-ро дорад, ки HeroViewer насохтааст</translation>
    </message>
    <message>
        <source>{label}: the table {table} has a trigger &apos;{name}&apos; that HeroViewer did not make</source>
        <translation>{label}: ҷадвали {table} триггери «{name}»-ро дорад, ки HeroViewer насохтааст</translation>
    </message>
    <message>
        <source>{label}: the table {table} has no column &apos;{column}&apos;</source>
        <translation>{label}: ҷадвали {table} сутуни «{column}» надорад</translation>
    </message>
    <message>
        <source>{label}: the table {table} is missing</source>
        <translation>{label}: ҷадвали {table} вуҷуд надорад</translation>
    </message>
    <message>
        <source>{label}: there is a table &apos;{table}&apos; that HeroViewer did not make</source>
        <translation>{label}: ҷадвали «{table}» ҳаст, ки HeroViewer насохтааст</translation>
    </message>
    <message>
        <source>{label}: there is a view &apos;{name}&apos; that HeroViewer did not make</source>
        <translation>{label}: намоиши (view) «{name}» ҳаст, ки HeroViewer насохтааст</translation>
    </message>
    <message>
        <source>{label}: there is an index &apos;{name}&apos; that HeroViewer did not make</source>
        <translation>{label}: индекси «{name}» ҳаст, ки HeroViewer насохтааст</translation>
    </message>
    <message>
        <source>{label}: {what} has {column} that are not a list of texts</source>
        <translation>{label}: дар сабти {what} арзишҳои {column} рӯйхати матнҳо нестанд</translation>
    </message>
    <message>
        <source>{label}: {what} has {column} {value}, not a date like 1921, 1921-05 or 1921-05-03</source>
        <translation>{label}: дар сабти {what} арзиши {column} {value} аст, на сана дар шакли 1921, 1921-05 ё 1921-05-03</translation>
    </message>
    <message>
        <source>{label}: {what} has {column} {value}, not yes or no</source>
        <translation>{label}: дар сабти {what} арзиши {column} {value} аст, на «ҳа» ва на «не»</translation>
    </message>
    <message>
        <source>{path}: a catalogue cannot be copied onto itself</source>
        <translation>{path}: феҳристро ба худаш нусхабардорӣ кардан мумкин нест</translation>
    </message>
    <message>
        <source>{path}: another HeroViewer has it open for editing</source>
        <translation>{path}: онро HeroViewer-и дигар барои таҳрир кушодааст</translation>
    </message>
    <message>
        <source>{path}: another HeroViewer has it open for editing; nothing copied</source>
        <translation>{path}: онро HeroViewer-и дигар барои таҳрир кушодааст; ҳеҷ чиз нусхабардорӣ нашуд</translation>
    </message>
    <message>
        <source>{path}: cannot be changed ({error})</source>
        <translation>{path}: тағйир дода намешавад ({error})</translation>
    </message>
    <message>
        <source>{path}: could not be read ({error})</source>
        <translation>{path}: хонда нашуд ({error})</translation>
    </message>
    <message>
        <source>{path}: its folder is read-only</source>
        <translation>{path}: ҷузвдони он танҳо барои хондан аст</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue</source>
        <translation>{path}: феҳристи HeroViewer нест</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue (an SQLite database of another program)</source>
        <translation>{path}: феҳристи HeroViewer нест (пойгоҳи додаҳои SQLite-и барномаи дигар аст)</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue (the file is not an SQLite database)</source>
        <translation>{path}: феҳристи HeroViewer нест (файл пойгоҳи додаҳои SQLite нест)</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue; nothing copied</source>
        <translation>{path}: ин феҳристи HeroViewer нест; ҳеҷ чиз нусхабардорӣ нашуд</translation>
    </message>
    <message>
        <source>{path}: not copied ({error}); the destination is unchanged</source>
        <translation>{path}: нусхабардорӣ нашуд ({error}); ҷои таъинот тағйир наёфт</translation>
    </message>
    <message>
        <source>{path}: not saved: hero {id} was changed on another workstation after you opened it (version {opened}, now {stored}); nothing was overwritten. Refresh (F5) to see their changes, then make yours again.</source>
        <translation>{path}: нигоҳ дошта нашуд: қаҳрамон {id} пас аз он ки шумо сабтро кушодед, дар ҷои кории дигар тағйир дода шуд (версияи {opened}, акнун {stored}); ҳеҷ чиз аз нав навишта нашуд. Барои дидани тағйироти онҳо навсозӣ кунед (F5), баъд тағйироти худро аз нав ворид кунед.</translation>
    </message>
    <message>
        <source>{path}: not saved: hero {row}, field &apos;{field}&apos;: {reason}</source>
        <translation>{path}: захира нашуд: қаҳрамони {row}, майдони «{field}»: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved: news {id} was changed on another workstation after you opened it (version {opened}, now {stored}); nothing was overwritten. Refresh (F5) to see their changes, then make yours again.</source>
        <translation>{path}: нигоҳ дошта нашуд: хабари {id} пас аз он ки шумо сабтро кушодед, дар ҷои кории дигар тағйир дода шуд (версияи {opened}, акнун {stored}); ҳеҷ чиз аз нав навишта нашуд. Барои дидани тағйироти онҳо навсозӣ кунед (F5), баъд тағйироти худро аз нав ворид кунед.</translation>
    </message>
    <message>
        <source>{path}: not saved: news {row}, field &apos;{field}&apos;: {reason}</source>
        <translation>{path}: захира нашуд: хабари {row}, майдони «{field}»: {reason}</translation>
    </message>
    <message>
        <source>{path}: roles are granted on a PostgreSQL server (postgresql+psycopg://…); nothing changed</source>
        <translation>{path}: нақшҳо дар сервери PostgreSQL дода мешаванд (postgresql+psycopg://…); ҳеҷ чиз тағйир наёфт</translation>
    </message>
    <message>
        <source>{path}: the catalogue cannot be created ({error})</source>
        <translation>{path}: феҳрист сохта намешавад ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue cannot be opened ({error})</source>
        <translation>{path}: феҳрист кушода намешавад ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue cannot be read ({error})</source>
        <translation>{path}: феҳрист хонда намешавад ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue is damaged ({problem})</source>
        <translation>{path}: феҳрист вайрон шудааст ({problem})</translation>
    </message>
    <message>
        <source>{path}: the change was not saved ({error})</source>
        <translation>{path}: тағйир захира нашуд ({error})</translation>
    </message>
    <message>
        <source>{path}: the database cannot be read ({error})</source>
        <translation>{path}: пойгоҳи додаҳо хонда намешавад ({error})</translation>
    </message>
    <message>
        <source>{path}: the database role {user} may read this catalogue but not change it; ask for the {editor} role to edit</source>
        <translation>{path}: нақши пойгоҳи додаҳо {user} ин феҳристро хонда метавонад, вале тағйир дода наметавонад; барои таҳрир нақши {editor}-ро дархост кунед</translation>
    </message>
    <message>
        <source>{path}: the destination already holds a catalogue; nothing copied (--replace replaces it)</source>
        <translation>{path}: дар ҷои таъинот аллакай феҳрист ҳаст; ҳеҷ чиз нусхабардорӣ нашуд (--replace онро иваз мекунад)</translation>
    </message>
    <message>
        <source>{path}: the file is read-only</source>
        <translation>{path}: файл танҳо барои хондан аст</translation>
    </message>
    <message>
        <source>{path}: the roles were not granted ({error}); nothing changed</source>
        <translation>{path}: нақшҳо дода нашуданд ({error}); ҳеҷ чиз тағйир наёфт</translation>
    </message>
    <message>
        <source>{path}: there is no catalogue file to copy</source>
        <translation>{path}: файли феҳрист барои нусхабардорӣ нест</translation>
    </message>
    <message>
        <source>{path}: there is no hero {id}</source>
        <translation>{path}: қаҳрамони {id} нест</translation>
    </message>
    <message>
        <source>{path}: there is no news {id}</source>
        <translation>{path}: хабари {id} нест</translation>
    </message>
    <message>
        <source>{path}: there is no position set for {id}</source>
        <translation>{path}: барои {id} ҷойгиршавӣ муайян нашудааст</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Back up the catalogue</source>
        <translation>Гирифтани нусхаи эҳтиётии феҳрист</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Нусхаи эҳтиётӣ дар {file} захира шуд</translation>
    </message>
    <message>
        <source>Folder of portraits named after the heroes</source>
        <translation>Ҷузвдони портретҳое, ки бо номи қаҳрамонон номгузорӣ шудаанд</translation>
    </message>
    <message>
        <source>HeroViewer catalogues (*.sqlite *.db);;All files (*)</source>
        <translation>Феҳристҳои HeroViewer (*.sqlite *.db);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n portrait(s)</source>
        <translation>
            <numerusform>Ворид кардани %n портрет</numerusform>
            <numerusform>Ворид кардани %n портрет</numerusform>
        </translation>
    </message>
    <message>
        <source>Import portraits</source>
        <translation>Ворид кардани портретҳо</translation>
    </message>
    <message>
        <source>No backup written</source>
        <translation>Нусхаи эҳтиётӣ сохта нашуд</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>Навсозӣ нашуд</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Барқарор нашуд</translation>
    </message>
    <message>
        <source>Portraits not imported</source>
        <translation>Портретҳо ворид нашуданд</translation>
    </message>
    <message>
        <source>Reading the images in {folder}…</source>
        <translation>Хондани тасвирҳо дар {folder}…</translation>
    </message>
    <message>
        <source>Replace the whole catalogue with the backup {file}? The catalogue as it is now is backed up first.</source>
        <translation>Тамоми феҳрист бо нусхаи эҳтиётии {file} иваз карда шавад? Аввал аз ҳолати ҳозираи феҳрист нусхаи эҳтиётӣ гирифта мешавад.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Барқарор кардан</translation>
    </message>
    <message>
        <source>Restore the catalogue from a backup</source>
        <translation>Барқарор кардани феҳрист аз нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>Restored; the catalogue as it was is kept in {file}</source>
        <translation>Барқарор шуд; феҳристи пешина дар {file} нигоҳ дошта шуд</translation>
    </message>
    <message numerus="yes">
        <source>Set %n portrait(s)</source>
        <translation>
            <numerusform>%n портретро гузоштан</numerusform>
            <numerusform>%n портретро гузоштан</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared catalogue not opened</source>
        <translation>Феҳристи умумӣ кушода нашуд</translation>
    </message>
    <message>
        <source>The catalogue is damaged</source>
        <translation>Феҳрист вайрон шудааст</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>Нусхаи эҳтиётии ҳаррӯза сохта нашуд: {error}</translation>
    </message>
    <message>
        <source>The database {database} on the server {host} cannot be opened: {error}

The catalogue open before stays open.</source>
        <translation>Пойгоҳи додаҳои {database} дар сервери {host} кушода намешавад: {error}

Феҳристи пештар кушодашуда кушода мемонад.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: {error}</source>
        <translation>Паролро дар анбори калидҳо нигоҳ доштан нашуд: {error}</translation>
    </message>
    <message>
        <source>What the folder holds, and who each image shows:</source>
        <translation>Дар ҷузвдон чӣ ҳаст ва ҳар тасвир киро нишон медиҳад:</translation>
    </message>
    <message>
        <source>{file}: {error}; the catalogue is unchanged</source>
        <translation>{file}: {error}; феҳрист тағйир наёфт</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest good backup, {backup}? The damaged file is kept aside.</source>
        <translation>{problem}

Нусхаи эҳтиётии солими охирин, {backup}, барқарор карда шавад? Файли вайроншуда алоҳида нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>{problem}

There is no good backup of it. Make a copy of the file before changing anything.</source>
        <translation>{problem}

Аз он нусхаи эҳтиётии солим нест. Пеш аз он ки чизеро тағйир диҳед, аз файл нусха гиред.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source> (read-only: {reason})</source>
        <translation> (танҳо барои хондан: {reason})</translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s)</source>
        <translation>
            <numerusform>%n хабар</numerusform>
            <numerusform>%n хабар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n portrait(s) set</source>
        <translation>
            <numerusform>%n портрет гузошта шуд</numerusform>
            <numerusform>%n портрет гузошта шуд</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference viewer of the Heroes of the Soviet Union linked to Tajikistan.</source>
        <translation>Маълумотномаи Қаҳрамонони Иттиҳоди Шӯравӣ, ки бо Тоҷикистон алоқаманданд.</translation>
    </message>
    <message>
        <source>a4: one card per page (the default); a4-4up: four A6 cards per A4 page, with cut marks; a5: one card per A5 page, landscape; letter: one card per US Letter page</source>
        <translation>a4: дар ҳар саҳифа як варақа (бо пешфарз); a4-4up: дар ҳар саҳифаи A4 чор варақаи A6, бо аломатҳои буриш; a5: дар ҳар саҳифаи A5 як варақа, уфуқӣ; letter: дар ҳар саҳифаи US Letter як варақа</translation>
    </message>
    <message>
        <source>add or update heroes from CSV or JSON, or news from JSON or an RSS/Atom feed</source>
        <translation>қаҳрамононро аз CSV ё JSON ё хабарҳоро аз JSON ё лентаи RSS/Atom илова ё навсозӣ кардан</translation>
    </message>
    <message>
        <source>add portraits from a folder of images named after the heroes</source>
        <translation>аз ҷузвдони тасвирҳое, ки бо номи қаҳрамонон номгузорӣ шудаанд, портретҳо илова кардан</translation>
    </message>
    <message>
        <source>also import texts where &quot;?&quot; seems to replace a Tajik letter (left out by default)</source>
        <translation>матнҳоеро низ ворид кардан, ки дар онҳо «?» гӯё ҳарфи тоҷикиро иваз кардааст (бо пешфарз ворид намешаванд)</translation>
    </message>
    <message>
        <source>catalogue file or SQLAlchemy URL (default: the catalogue in your user data folder; a missing file is created from the bundled data)</source>
        <translation>файли феҳрист ё URL-и SQLAlchemy (бо пешфарз: феҳрист дар ҷузвдони маълумоти корбари шумо; агар файл набошад, аз маълумоти замимашуда сохта мешавад)</translation>
    </message>
    <message>
        <source>copy a whole catalogue (heroes, portraits, news, history) to another file or database server</source>
        <translation>тамоми феҳристро (қаҳрамонон, портретҳо, хабарҳо, таърих) ба файли дигар ё сервери пойгоҳи додаҳо нусхабардорӣ кардан</translation>
    </message>
    <message>
        <source>copy the catalogue to a backup file, safely while in use</source>
        <translation>аз феҳрист ба файли нусхаи эҳтиётӣ нусха бардоштан, ҳатто ҳангоми истифода бехатар</translation>
    </message>
    <message>
        <source>crop each image to the card portrait&apos;s shape (3:4)</source>
        <translation>ҳар тасвирро ба шакли портрети варақа (3:4) буридан</translation>
    </message>
    <message>
        <source>default: csv (news: json only)</source>
        <translation>бо пешфарз: csv (хабарҳо: танҳо json)</translation>
    </message>
    <message>
        <source>default: heroes</source>
        <translation>бо пешфарз: heroes</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>бо пешфарз: json</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>файле, ки бояд навишта шавад</translation>
    </message>
    <message>
        <source>grant-roles needs --db postgresql+psycopg://…</source>
        <translation>grant-roles ба --db postgresql+psycopg://… ниёз дорад</translation>
    </message>
    <message>
        <source>heroes as CSV or JSON, news as JSON or a saved RSS/Atom feed (told by its content)</source>
        <translation>қаҳрамонон ҳамчун CSV ё JSON, хабарҳо ҳамчун JSON ё лентаи захирашудаи RSS/Atom (навъ аз рӯи мундариҷа муайян мешавад)</translation>
    </message>
    <message>
        <source>heroviewer: a new catalogue was created at {path} from the bundled data (there was none there; if you meant another catalogue, check --db)</source>
        <translation>heroviewer: дар {path} аз маълумоти ҳамроҳи барнома феҳристи нав сохта шуд (дар он ҷо феҳрист набуд; агар феҳристи дигарро дар назар доштед, --db-ро санҷед)</translation>
    </message>
    <message>
        <source>heroviewer: note: the card of {name} has no QR code: its source link is too long for one</source>
        <translation>heroviewer: қайд: варақаи {name} рамзи QR надорад: пайванди манбааш барои он хеле дароз аст</translation>
    </message>
    <message>
        <source>heroviewer: warning: {catalogue}: the changes are saved, but kept in the side file {side_file} beside the catalogue, as they could not be written into the catalogue file ({problem}); keep that file with the catalogue and copy both together</source>
        <translation>heroviewer: огоҳӣ: {catalogue}: тағйирот захира шуд, вале дар файли иловагии {side_file} дар паҳлӯи феҳрист нигоҳ дошта мешавад, зеро ба худи файли феҳрист навишта нашуд ({problem}); он файлро бо феҳрист нигоҳ доред ва ҳардуро якҷоя нусха бардоред</translation>
    </message>
    <message>
        <source>home: where the heroes were born (the default); deeds: where they did their deeds</source>
        <translation>home: ҷое, ки қаҳрамонон таваллуд шудаанд (бо пешфарз); deeds: ҷое, ки корнамоӣ кардаанд</translation>
    </message>
    <message>
        <source>imported: {added} added, {changed} changed</source>
        <translation>ворид шуд: {added} илова шуд, {changed} тағйир ёфт</translation>
    </message>
    <message>
        <source>leave out the QR codes</source>
        <translation>рамзҳои QR-ро илова накардан</translation>
    </message>
    <message>
        <source>make the heroviewer_reader and heroviewer_editor roles on a PostgreSQL catalogue</source>
        <translation>сохтани нақшҳои heroviewer_reader ва heroviewer_editor барои феҳрист дар PostgreSQL</translation>
    </message>
    <message>
        <source>news are exported as JSON (--format json)</source>
        <translation>хабарҳо ҳамчун JSON содир мешаванд (--format json)</translation>
    </message>
    <message>
        <source>no hero matches {name}</source>
        <translation>бо дархости {name} ягон қаҳрамон ёфт нашуд</translation>
    </message>
    <message>
        <source>no hero matches {search}; nothing written</source>
        <translation>ҳеҷ қаҳрамон ба {search} мувофиқ нест; ҳеҷ чиз навишта нашуд</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ҳеҷ чиз тағйир наёфт</translation>
    </message>
    <message>
        <source>nothing changed (dry run)</source>
        <translation>ҳеҷ чиз тағйир наёфт (санҷиши озмоишӣ)</translation>
    </message>
    <message>
        <source>only say what would change</source>
        <translation>танҳо гуфтан, ки чӣ тағйир меёбад</translation>
    </message>
    <message>
        <source>only say which file matches whom</source>
        <translation>танҳо гуфтан, ки кадом файл ба кадом қаҳрамон мувофиқ аст</translation>
    </message>
    <message>
        <source>only the heroes this search finds</source>
        <translation>танҳо қаҳрамононе, ки ин ҷустуҷӯ меёбад</translation>
    </message>
    <message>
        <source>open the catalogue and say what it holds</source>
        <translation>феҳристро кушодан ва гуфтан, ки дар он чӣ ҳаст</translation>
    </message>
    <message>
        <source>print each hero&apos;s places and where the offline gazetteer puts them</source>
        <translation>ҷойҳои ҳар қаҳрамон ва ҷойгиршавии онҳоро аз феҳристи офлайни ҷойҳо чоп кардан</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>тирезаро ба файли PNG тасвир кардан ва баромадан</translation>
    </message>
    <message>
        <source>replace the catalogue with a backup (the current one is backed up first)</source>
        <translation>феҳристро бо нусхаи эҳтиётӣ иваз кардан (аввал аз феҳристи ҳозира нусхаи эҳтиётӣ гирифта мешавад)</translation>
    </message>
    <message>
        <source>replace what the destination holds (refused without it)</source>
        <translation>он чиро, ки дар ҷои таъинот ҳаст, иваз кардан (бе ин рад карда мешавад)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>версияро нишон додан ва баромадан</translation>
    </message>
    <message>
        <source>the PDF to write: other names are refused</source>
        <translation>файли PDF барои навиштан: номҳои дигар қабул карда намешаванд</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>файли нусхаи эҳтиётӣ, ки навишта мешавад</translation>
    </message>
    <message>
        <source>the backup to restore (checked before anything is replaced)</source>
        <translation>нусхаи эҳтиётӣ барои барқарорсозӣ (пеш аз иваз кардани чизе санҷида мешавад)</translation>
    </message>
    <message>
        <source>the catalogue as it was is kept in {file}</source>
        <translation>феҳристи пешина дар {file} нигоҳ дошта шуд</translation>
    </message>
    <message>
        <source>the catalogue to copy: a catalogue file or an SQLAlchemy URL</source>
        <translation>феҳристе, ки нусхабардорӣ мешавад: файли феҳрист ё нишонии SQLAlchemy</translation>
    </message>
    <message>
        <source>the file to write: PDF, SVG or PNG</source>
        <translation>файли навиштанӣ: PDF, SVG ё PNG</translation>
    </message>
    <message>
        <source>the folder of images, each named after its hero (or in a folder named so)</source>
        <translation>ҷузвдони тасвирҳо, ки ҳар яке бо номи қаҳрамонаш номгузорӣ шудааст (ё дар ҷузвдоне бо ҳамин ном аст)</translation>
    </message>
    <message>
        <source>the newest good backup is {backup}; to restore it: heroviewer restore &apos;{backup}&apos;</source>
        <translation>нусхаи эҳтиётии солими охирин: {backup}; барои барқарор кардани он: heroviewer restore &apos;{backup}&apos;</translation>
    </message>
    <message>
        <source>the paper size (default: a3)</source>
        <translation>андозаи коғаз (бо пешфарз: a3)</translation>
    </message>
    <message>
        <source>where to copy it: a catalogue file or an SQLAlchemy URL (one that holds records only with --replace)</source>
        <translation>ба куҷо нусхабардорӣ кардан: файли феҳрист ё нишонии SQLAlchemy (феҳристе, ки сабт дорад, танҳо бо --replace)</translation>
    </message>
    <message>
        <source>with --screenshot: show this hero</source>
        <translation>бо --screenshot: ин қаҳрамонро нишон додан</translation>
    </message>
    <message>
        <source>with --screenshot: the tab to show</source>
        <translation>бо --screenshot: саҳифае, ки нишон дода мешавад</translation>
    </message>
    <message>
        <source>write hero cards to a PDF, with no window</source>
        <translation>варақаҳои қаҳрамононро бе кушодани тиреза ба PDF навиштан</translation>
    </message>
    <message>
        <source>write heroes or news to a CSV or JSON file</source>
        <translation>қаҳрамонон ё хабарҳоро ба файли CSV ё JSON навиштан</translation>
    </message>
    <message>
        <source>write the figures as a wall panel</source>
        <translation>рақамҳоро ҳамчун лавҳаи деворӣ навиштан</translation>
    </message>
    <message>
        <source>write the map as a wall panel</source>
        <translation>харитаро ҳамчун лавҳаи деворӣ навиштан</translation>
    </message>
    <message>
        <source>write the timeline as a wall panel</source>
        <translation>хронологияро ҳамчун лавҳаи деворӣ навиштан</translation>
    </message>
    <message>
        <source>{catalogue} backed up to {file}</source>
        <translation>нусхаи эҳтиётии {catalogue} дар {file} захира шуд</translation>
    </message>
    <message numerus="yes">
        <source>{catalogue}: %n hero(es), {news}{state}</source>
        <translation>
            <numerusform>{catalogue}: %n қаҳрамон, {news}{state}</numerusform>
            <numerusform>{catalogue}: %n қаҳрамон, {news}{state}</numerusform>
        </translation>
    </message>
    <message>
        <source>{catalogue}: the roles {reader} (may read) and {editor} (may read and change) are ready; make each member of staff a login in one of them, for example: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE {editor};</source>
        <translation>{catalogue}: нақшҳои {reader} (хонда метавонад) ва {editor} (хонда ва тағйир дода метавонад) омодаанд; ба ҳар корманд дар яке аз онҳо воридшавӣ диҳед, масалан: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE {editor};</translation>
    </message>
    <message>
        <source>{file} restored from {backup}</source>
        <translation>{file} аз {backup} барқарор шуд</translation>
    </message>
    <message>
        <source>{file} written</source>
        <translation>{file} навишта шуд</translation>
    </message>
    <message>
        <source>{file} written, but {problem}</source>
        <translation>{file} навишта шуд, вале {problem}</translation>
    </message>
    <message>
        <source>{file}: cards are written as PDF: give a file name ending in .pdf</source>
        <translation>{file}: варақаҳо ҳамчун PDF навишта мешаванд: номи файлеро диҳед, ки бо .pdf тамом мешавад</translation>
    </message>
    <message>
        <source>{file}: no backup written: {reason}; the catalogue is unchanged</source>
        <translation>{file}: нусхаи эҳтиётӣ сохта нашуд: {reason}; феҳрист тағйир наёфт</translation>
    </message>
    <message>
        <source>{file}: not exported: {reason}</source>
        <translation>{file}: содир нашуд: {reason}</translation>
    </message>
    <message>
        <source>{file}: not restored: {reason}</source>
        <translation>{file}: барқарор нашуд: {reason}</translation>
    </message>
    <message>
        <source>{file}: not written: {reason}</source>
        <translation>{file}: навишта нашуд: {reason}</translation>
    </message>
    <message>
        <source>{file}: written ({size})</source>
        <translation>{file}: навишта шуд ({size})</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: чунин ҷузвдон нест</translation>
    </message>
    <message>
        <source>{source} copied to {destination}: {heroes} heroes, {news} news items, {portraits} portraits, {history} history entries</source>
        <translation>{source} ба {destination} нусхабардорӣ шуд: қаҳрамонон: {heroes}, хабарҳо: {news}, портретҳо: {portraits}, сабтҳои таърих: {history}</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The server {host} cannot be reached; HeroViewer tries again every 10 seconds</source>
        <translation>Сервер {host} дастнорас аст; HeroViewer ҳар 10 сония дубора кӯшиш мекунад</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <translation>Афғонистон</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Албания</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Алҷазоир</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Арманистон</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Озарбойҷон</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларус</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Босния ва Ҳерсеговина</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Булғория</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Хорватия</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Кипр</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Миср</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Гурҷистон</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Олмон</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Юнон</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Ҳиндустон</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Эрон</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ироқ</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Исроил</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Ҷопон</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Урдун</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазоқистон</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувайт</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қирғизистон</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Лубнон</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Либия</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Муғулистон</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Черногория</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Непал</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Кореяи Шимолӣ</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Македонияи Шимолӣ</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Покистон</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Фаластин</translation>
    </message>
    <message>
        <source>People&apos;s Republic of China</source>
        <translation>Чин</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Лаҳистон</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Руминия</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Русия</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Арабистони Саудӣ</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Словения</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Кореяи Ҷанубӣ</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Шветсия</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейтсария</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сурия</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Тоҷикистон</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Тунис</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Туркия</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркманистон</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ӯзбекистон</translation>
    </message>
    <message>
        <source>Åland</source>
        <translation>Ҷазираҳои Аланд</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>The value is already what that change replaced.</source>
        <translation>Арзиш аллакай ҳамон аст, ки он тағйир иваз карда буд.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message numerus="yes">
        <source>%n hero(es) written to {file}</source>
        <translation>
            <numerusform>%n қаҳрамон ба {file} навишта шуд</numerusform>
            <numerusform>%n қаҳрамон ба {file} навишта шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s) written to {file}</source>
        <translation>
            <numerusform>%n хабар ба {file} навишта шуд</numerusform>
            <numerusform>%n хабар ба {file} навишта шуд</numerusform>
        </translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>Ҳамаи {count} қаҳрамон</translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice (*.csv);;JSON (*.json)</source>
        <translation>CSV барои Excel ва LibreOffice (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export heroes</source>
        <translation>Содир кардани қаҳрамонон</translation>
    </message>
    <message>
        <source>Export news</source>
        <translation>Содир кардани хабарҳо</translation>
    </message>
    <message>
        <source>Export which heroes?</source>
        <translation>Кадом қаҳрамонон содир карда шаванд?</translation>
    </message>
    <message>
        <source>Heroes or news (*.csv *.txt *.json *.xml *.rss *.atom);;All files (*)</source>
        <translation>Қаҳрамонон ё хабарҳо (*.csv *.txt *.json *.xml *.rss *.atom);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Import heroes or news</source>
        <translation>Ворид кардани қаҳрамонон ё хабарҳо</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Ворид кардани {file}</translation>
    </message>
    <message>
        <source>Imported from {file}: {added} added, {changed} changed</source>
        <translation>Аз {file} ворид шуд: {added} илова шуд, {changed} тағйир ёфт</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Содир нашуд</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ворид нашуд</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Хондани {file}…</translation>
    </message>
    <message>
        <source>The {count} shown</source>
        <translation>{count} қаҳрамони нишондодашуда</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, %Ln record(s)</source>
        <translation>
            <numerusform>{file}: {kind}, %Ln сабт</numerusform>
            <numerusform>{file}: {kind}, %Ln сабт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Содирот…</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Export the panel</source>
        <translation>Содироти лавҳа</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Содир нашуд</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Тасвири PNG (*.png)</translation>
    </message>
    <message>
        <source>Size of the wall panel</source>
        <translation>Андозаи лавҳаи деворӣ</translation>
    </message>
    <message>
        <source>The paper size of the exported panel</source>
        <translation>Андозаи коғази лавҳаи содиршаванда</translation>
    </message>
    <message>
        <source>Write this view as a PDF, SVG or PNG wall panel</source>
        <translation>Ин намоишро ҳамчун лавҳаи деворӣ дар PDF, SVG ё PNG навиштан</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Awarded posthumously</source>
        <translation>Пас аз марг сарфароз гардонида шудаанд</translation>
    </message>
    <message>
        <source>By branch of service</source>
        <translation>Аз рӯи намуди қўшун</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>Аз рӯи миллат</translation>
    </message>
    <message>
        <source>By year of the decree</source>
        <translation>Аз рӯи соли фармон</translation>
    </message>
    <message>
        <source>Heroes by group</source>
        <translation>Қаҳрамонон аз рӯи гурӯҳ</translation>
    </message>
    <message>
        <source>Records needing research</source>
        <translation>Сабтҳое, ки таҳқиқ талаб мекунанд</translation>
    </message>
    <message>
        <source>This catalogue holds {held} of the {total} heroes the published sources count</source>
        <translation>Дар феҳрист {held} нафар аз {total} қаҳрамоне ҳаст, ки манбаъҳои нашршуда номбар мекунанд</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>қайд нашудааст</translation>
    </message>
    <message>
        <source>others</source>
        <translation>дигарон</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Figures of the catalogue</source>
        <translation>Рақамҳои феҳрист</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation>диск пур шудааст</translation>
    </message>
    <message>
        <source>{path}: a link to {target}, which does not exist</source>
        <translation>{path}: пайванд ба {target}, ки вуҷуд надорад</translation>
    </message>
    <message>
        <source>{path}: a loop of links that reaches no file</source>
        <translation>{path}: ҳалқаи пайвандҳо, ки ба ягон файл намерасад</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: хонда намешавад ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot write here (permission denied)</source>
        <translation>{path}: дар ин ҷо навиштан мумкин нест (иҷозат нест)</translation>
    </message>
    <message>
        <source>{path}: is a device, not a file; only files can be opened</source>
        <translation>{path}: дастгоҳ аст, на файл; танҳо файлҳоро кушодан мумкин аст</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: ҷузвдон аст, на файл</translation>
    </message>
    <message>
        <source>{path}: is a named pipe (FIFO), not a file; only files can be opened</source>
        <translation>{path}: канали номдор (FIFO) аст, на файл; танҳо файлҳоро кушодан мумкин аст</translation>
    </message>
    <message>
        <source>{path}: is a socket, not a file; only files can be opened</source>
        <translation>{path}: сокет аст, на файл; танҳо файлҳоро кушодан мумкин аст</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: чунин файл нест</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: ҷузвдони {folder} вуҷуд надорад</translation>
    </message>
    <message>
        <source>{reason}; nothing was written</source>
        <translation>{reason}; ҳеҷ чиз навишта нашуд</translation>
    </message>
    <message>
        <source>{reason}; the previous file is kept</source>
        <translation>{reason}; файли пешина нигоҳ дошта шуд</translation>
    </message>
    <message>
        <source>{target}: this is the catalogue {catalogue} itself; writing there would destroy it. Nothing was written: choose another file</source>
        <translation>{target}: ин худи феҳристи {catalogue} аст; навиштан ба он феҳристро нобуд мекунад. Ҳеҷ чиз навишта нашуд: файли дигареро интихоб кунед</translation>
    </message>
    <message>
        <source>{target}: this is the catalogue {catalogue}&apos;s working file ({role}); writing there would destroy it. Nothing was written: choose another file</source>
        <translation>{target}: ин файли кории феҳристи {catalogue} ({role}) аст; навиштан ба он феҳристро нобуд мекунад. Ҳеҷ чиз навишта нашуд: файли дигареро интихоб кунед</translation>
    </message>
</context>
<context>
    <name>Geography</name>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} хонда намешавад: {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged: {where}</source>
        <translation>{file} вайрон аст: {where}</translation>
    </message>
    <message>
        <source>{file}: larger than 50 MB, not read</source>
        <translation>{file}: аз 50 МБ калонтар, хонда нашуд</translation>
    </message>
</context>
<context>
    <name>HeroCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Илова кардани {name}</translation>
    </message>
    <message>
        <source>Delete hero</source>
        <translation>Нест кардани қаҳрамон</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Нест кардани {name}</translation>
    </message>
    <message>
        <source>Delete {name} from the catalogue? You can undo this (Ctrl+Z), and the record stays in the history.</source>
        <translation>{name} аз феҳрист нест карда шавад? Ин амалро бекор кардан мумкин аст (Ctrl+Z) ва сабт дар таърихи тағйирот боқӣ мемонад.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Таҳрири {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Тасвирҳо ({patterns})</translation>
    </message>
    <message>
        <source>New hero</source>
        <translation>Қаҳрамони нав</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Захира нашуд</translation>
    </message>
    <message>
        <source>Portrait not changed</source>
        <translation>Портрет иваз нашуд</translation>
    </message>
    <message>
        <source>Portrait of {name}</source>
        <translation>Портрети {name}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Хондани {file}…</translation>
    </message>
    <message>
        <source>Remove portrait of {name}</source>
        <translation>Хориҷ кардани портрети {name}</translation>
    </message>
</context>
<context>
    <name>HeroDetail</name>
    <message>
        <source>Biography</source>
        <translation>Тарҷумаи ҳол</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Таваллуд</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Намуди қӯшун</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Дараҷаи тасдиқ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Decree of</source>
        <translation>Санаи фармон</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Вафот</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union</source>
        <translation>Қаҳрамони Иттиҳоди Шӯравӣ</translation>
    </message>
    <message>
        <source>Hero&apos;s record</source>
        <translation>Сабти қаҳрамон</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan</source>
        <translation>Қаҳрамонони Иттиҳоди Шӯравӣ, ки бо Тоҷикистон алоқаманданд</translation>
    </message>
    <message>
        <source>Latin:</source>
        <translation>Лотинӣ:</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Ҳаёт</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Пайванд кушода нашуд</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Миллат</translation>
    </message>
    <message>
        <source>No account of the deed yet</source>
        <translation>Тавсифи корнамоӣ ҳанӯз нест</translation>
    </message>
    <message>
        <source>No hero matches the search.</source>
        <translation>Ягон қаҳрамон ёфт нашуд.</translation>
    </message>
    <message>
        <source>No web browser could be started to open {link}. The address is copied: paste it into a browser on a computer with internet access.</source>
        <translation>Барои кушодани {link} ягон браузер оғоз нашуд. Суроға нусха бардошта шуд: онро дар браузери компютере, ки ба интернет дастрасӣ дорад, гузоред.</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Шаклҳои дигари навишт</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Пас аз марг</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Рутбаи ҳарбӣ</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Тадқиқот</translation>
    </message>
    <message>
        <source>Research note:</source>
        <translation>Қайди тадқиқотӣ:</translation>
    </message>
    <message>
        <source>Russian:</source>
        <translation>Русӣ:</translation>
    </message>
    <message>
        <source>Select a hero in the table to read the record.</source>
        <translation>Барои хондани сабт қаҳрамонро дар ҷадвал интихоб кунед.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Манбаъҳо</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Қайдҳои кормандон</translation>
    </message>
    <message>
        <source>Tajik:</source>
        <translation>Тоҷикӣ:</translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation>Матн ба забони англисӣ</translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation>Матн ба забони русӣ</translation>
    </message>
    <message>
        <source>Text in Tajik</source>
        <translation>Матн ба забони тоҷикӣ</translation>
    </message>
    <message>
        <source>The deed</source>
        <translation>Корнамоӣ</translation>
    </message>
    <message>
        <source>The published sources count {total} Heroes of the Soviet Union linked to the Republic of Tajikistan (some give 63 or 65). This catalogue holds {held} of the {total}: those whose names and facts could be confirmed so far.</source>
        <translation>Тибқи манбаъҳои нашршуда {total} Қаҳрамони Иттиҳоди Шӯравӣ бо Ҷумҳурии Тоҷикистон алоқаманданд (баъзе манбаъҳо 63 ё 65 нафарро ном мебаранд). Ин феҳрист {held} нафарро аз {total} дар бар мегирад: онҳоеро, ки номҳо ва далелҳояшон то ҳол тасдиқ шудаанд.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Унвон</translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation>Тарҷума; кормандон ҳанӯз насанҷидаанд</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Қисми ҳарбӣ</translation>
    </message>
    <message>
        <source>no portrait</source>
        <translation>портрет нест</translation>
    </message>
    <message>
        <source>no, in his lifetime</source>
        <translation>не, дар замони ҳаёташ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>номаълум</translation>
    </message>
    <message>
        <source>{count} records need research (low confidence or missing key facts): tick “Needs research” above the table to list them.</source>
        <translation>{count} сабт ба тафтиш ниёз дорад (эътимоди паст ё набудани далелҳои асосӣ): барои дидани рӯйхати онҳо дар болои ҷадвал «Тафтиш лозим»-ро қайд кунед.</translation>
    </message>
</context>
<context>
    <name>HeroTableModel</name>
    <message>
        <source>Birthplace</source>
        <translation>Ҷои таваллуд</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Таваллуд</translation>
    </message>
    <message>
        <source>Branch and unit</source>
        <translation>Намуди қӯшун ва қисми ҳарбӣ</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Фармон</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Вафот</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Latin-script name</source>
        <translation>Ном бо хатти лотинӣ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Пас аз марг</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Рутбаи ҳарбӣ</translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation>Ном ба забони русӣ</translation>
    </message>
</context>
<context>
    <name>HeroesPage</name>
    <message>
        <source>Heroes</source>
        <translation>Қаҳрамонон</translation>
    </message>
    <message>
        <source>Needs research</source>
        <translation>Тафтиш лозим</translation>
    </message>
    <message numerus="yes">
        <source>No exact match, showing near matches: {shown} of %n hero(es)</source>
        <translation>
            <numerusform>Мувофиқати дақиқ нест, натиҷаҳои наздик: {shown} аз %n қаҳрамон</numerusform>
            <numerusform>Мувофиқати дақиқ нест, натиҷаҳои наздик: {shown} аз %n қаҳрамон</numerusform>
        </translation>
    </message>
    <message>
        <source>Only records with low confidence or missing key facts</source>
        <translation>Танҳо сабтҳои бо эътимоди паст ё бе далелҳои асосӣ</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сутунҳоро ба ҳолати аввал баргардондан</translation>
    </message>
    <message>
        <source>Search heroes</source>
        <translation>Ҷустуҷӯи қаҳрамонон</translation>
    </message>
    <message>
        <source>Search names, places, units, deeds — any script</source>
        <translation>Ҷустуҷӯи ном, ҷой, қисми ҳарбӣ, корнамоӣ — бо ҳар хат</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n hero(es)</source>
        <translation>
            <numerusform>Нишон дода шудааст: {shown} аз %n қаҳрамон</numerusform>
            <numerusform>Нишон дода шудааст: {shown} аз %n қаҳрамон</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Became</source>
        <translation>Шуд</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation>Таърихи тағйирот нишон дода нашуд</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Таърихи тағйироти {name}</translation>
    </message>
    <message>
        <source>No changes have been saved to this record yet.</source>
        <translation>Дар ин сабт ҳанӯз ягон тағйирот захира нашудааст.</translation>
    </message>
    <message>
        <source>Not reverted</source>
        <translation>Баргардонда нашуд</translation>
    </message>
    <message>
        <source>Revert a change of {when}</source>
        <translation>Баргардондани тағйири {when}</translation>
    </message>
    <message>
        <source>Revert this change</source>
        <translation>Ин тағйирро баргардондан</translation>
    </message>
    <message>
        <source>Saved changes</source>
        <translation>Тағйироти захирашуда</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Буд</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Чӣ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кай</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кӣ</translation>
    </message>
    <message>
        <source>added</source>
        <translation>илова шуд</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>нест карда шуд</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>таҳрир шуд</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>портрет</translation>
    </message>
    <message>
        <source>portraits imported</source>
        <translation>портретҳо ворид шуданд</translation>
    </message>
    <message>
        <source>position set</source>
        <translation>ҷой муайян шуд</translation>
    </message>
    <message>
        <source>record</source>
        <translation>сабт</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>такрор шуд</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>баргардонда шуд</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>бекор шуд</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>&apos;{label}&apos; ({key})</source>
        <translation>«{label}» ({key})</translation>
    </message>
    <message>
        <source>a JSON array, but neither of heroes (with a name) nor of news items (with a title)</source>
        <translation>массиви JSON, вале на аз қаҳрамонон (бо ном) ва на аз хабарҳо (бо сарлавҳа)</translation>
    </message>
    <message>
        <source>brackets are nested more than {levels:,} levels deep (a hero or news file needs 3)</source>
        <translation>қавсҳо зиёда аз {levels:,} сатҳ дар дохили якдигар ҷойгиранд (барои файли қаҳрамонон ё хабарҳо 3 сатҳ кифоя аст)</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>хонда намешавад ({reason})</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;: {reason}</source>
        <translation>сутуни «{column}»: {reason}</translation>
    </message>
    <message>
        <source>every record needs a stable id</source>
        <translation>ҳар сабт бояд ID-и доимӣ дошта бошад</translation>
    </message>
    <message>
        <source>expected a JSON array of heroes or news items</source>
        <translation>массиви JSON-и қаҳрамонон ё хабарҳо интизор буд</translation>
    </message>
    <message>
        <source>expected a JSON array of records at the top level</source>
        <translation>дар сатҳи болоӣ массиви JSON-и сабтҳо интизор буд</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>рӯйхати матнҳо интизор буд</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>объект интизор буд</translation>
    </message>
    <message>
        <source>expected text or null, found {value}</source>
        <translation>матн ё null интизор буд, {value} ёфт шуд</translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation>true, false ё null интизор буд</translation>
    </message>
    <message>
        <source>heroes (CSV)</source>
        <translation>қаҳрамонон (CSV)</translation>
    </message>
    <message>
        <source>heroes (JSON)</source>
        <translation>қаҳрамонон (JSON)</translation>
    </message>
    <message>
        <source>holds half a character (a lone \u surrogate escape such as \ud800, written by a faulty program); correct it in the file</source>
        <translation>нисфи аломатро дар бар мегирад (як аломати ҷудогонаи surrogate бо \u, масалан \ud800, ки барномаи нодуруст навиштааст); онро дар файл ислоҳ кунед</translation>
    </message>
    <message>
        <source>item {number} ({title}): {reason}; left out</source>
        <translation>хабари {number} ({title}): {reason}; ворид намешавад</translation>
    </message>
    <message>
        <source>item {number}: has no title</source>
        <translation>хабари {number}: сарлавҳа надорад</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): not a hero field</source>
        <translation>сатри 1, сутуни {number} («{cell}»): майдони қаҳрамон нест</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): not a hero field; did you mean &apos;{close}&apos;?</source>
        <translation>сатри 1, сутуни {number} («{cell}»): майдони қаҳрамон нест; шояд «{close}»-ро дар назар доштед?</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): the column appears twice</source>
        <translation>сатри 1, сутуни {number} («{cell}»): сутун ду бор омадааст</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): this label heads different fields in different languages ({keys}); head the column with one of these keys</source>
        <translation>сатри 1, сутуни {number} («{cell}»): ин сарлавҳа дар забонҳои гуногун майдонҳои гуногунро ифода мекунад ({keys}); сутунро бо яке аз ин калидҳо номгузорӣ кунед</translation>
    </message>
    <message>
        <source>line 1: missing required column: one of {names} is needed</source>
        <translation>сатри 1: сутуни ҳатмӣ нест: яке аз {names} лозим аст</translation>
    </message>
    <message>
        <source>line 1: the header has {columns:,} columns; at most {most} are read (a hero has {fields} fields)</source>
        <translation>сатри 1: сарсатр {columns:,} сутун дорад; ҳадди аксар {most} сутун хонда мешавад (қаҳрамон {fields} майдон дорад)</translation>
    </message>
    <message>
        <source>line {line}, column {column}: a number of {length:,} characters (at most {most})</source>
        <translation>сатри {line}, сутуни {column}: адад аз {length:,} аломат иборат аст (ҳадди аксар {most})</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <translation>сатри {line}, сутуни {column}: JSON-и дуруст нест ({reason})</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not well-formed XML ({reason})</source>
        <translation>сатри {line}, сутуни {column}: XML-и дуруст сохташуда нест ({reason})</translation>
    </message>
    <message>
        <source>line {line}, {reason}</source>
        <translation>сатри {line}, {reason}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>сатри {line}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>сатри {line}: {reason}</translation>
    </message>
    <message>
        <source>news (JSON)</source>
        <translation>хабарҳо (JSON)</translation>
    </message>
    <message>
        <source>news (RSS or Atom feed)</source>
        <translation>хабарҳо (лентаи RSS ё Atom)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>файл нест</translation>
    </message>
    <message>
        <source>not a text file: HeroViewer imports CSV, JSON and RSS/Atom</source>
        <translation>файли матнӣ нест: HeroViewer файлҳои CSV, JSON ва RSS/Atom-ро ворид мекунад</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>лентаи RSS ё Atom нест</translation>
    </message>
    <message>
        <source>not {encoding} text ({reason} at byte {byte})</source>
        <translation>матн дар рамзгузории {encoding} нест ({reason} дар байти {byte})</translation>
    </message>
    <message>
        <source>record {record}, field &apos;{field}&apos;: {reason}</source>
        <translation>сабти {record}, майдони «{field}»: {reason}</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>сабти {record}: {reason}</translation>
    </message>
    <message>
        <source>refused: the XML declares an entity that reads {outside}, outside the file (a feed saved from a website needs none)</source>
        <translation>рад шуд: XML воҳиде (entity) эълон мекунад, ки {outside}-ро берун аз файл мехонад (лентае, ки аз сомона захира шудааст, ба ин ниёз надорад)</translation>
    </message>
    <message>
        <source>refused: the XML declares entities, which can grow a small file into gigabytes (a feed saved from a website needs none)</source>
        <translation>рад шуд: XML воҳидҳо (entity) эълон мекунад, ки метавонанд файли хурдро то гигабайтҳо калон кунанд (лентае, ки аз сомона захира шудааст, ба онҳо ниёз надорад)</translation>
    </message>
    <message>
        <source>refused: the XML declares the entity {name}, which can grow a small file into gigabytes (a feed saved from a website needs none)</source>
        <translation>рад шуд: XML воҳиди (entity) {name}-ро эълон мекунад, ки метавонад файли хурдро то гигабайтҳо калон кунад (лентае, ки аз сомона захира шудааст, ба он ниёз надорад)</translation>
    </message>
    <message>
        <source>the JSON array is empty: nothing to import</source>
        <translation>массиви JSON холӣ аст: чизе барои ворид кардан нест</translation>
    </message>
    <message>
        <source>the date {date} is not between {first} and {last}</source>
        <translation>санаи {date} байни {first} ва {last} нест</translation>
    </message>
    <message>
        <source>the file is empty: no header line</source>
        <translation>файл холӣ аст: сарсатр нест</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файл вуҷуд надорад</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; at most {most} MB</source>
        <translation>андозаи файл {size:.0f} МБ аст; ҳадди аксар {most} МБ</translation>
    </message>
    <message>
        <source>this is a PDF document: HeroViewer imports CSV, JSON and RSS/Atom files</source>
        <translation>ин ҳуҷҷати PDF аст: HeroViewer файлҳои CSV, JSON ва RSS/Atom-ро ворид мекунад</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it from Excel as &apos;CSV UTF-8 (Comma delimited)&apos; or from LibreOffice as &apos;Text CSV&apos;, then import that file</source>
        <translation>ин китоби ҷадвалӣ (.xlsx ё .ods) аст, на CSV: онро дар Excel ҳамчун «CSV UTF-8 (Comma delimited)» ё дар LibreOffice ҳамчун «Text CSV» захира кунед, баъд ҳамон файлро ворид кунед</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls), not CSV: save it from Excel as &apos;CSV UTF-8 (Comma delimited)&apos; or from LibreOffice as &apos;Text CSV&apos;, then import that file</source>
        <translation>ин китоби кӯҳнаи Excel (.xls) аст, на CSV: онро дар Excel ҳамчун «CSV UTF-8 (Comma delimited)» ё дар LibreOffice ҳамчун «Text CSV» захира кунед, баъд ҳамон файлро ворид кунед</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>майдони номаълум</translation>
    </message>
    <message>
        <source>{id} is used by an earlier record</source>
        <translation>{id} аллакай дар сабти қаблӣ истифода шудааст</translation>
    </message>
    <message>
        <source>{path}: cannot be imported:</source>
        <translation>{path}: ворид карда намешавад:</translation>
    </message>
    <message>
        <source>{text} is not yes or no</source>
        <translation>{text} на «ҳа» аст, на «не»</translation>
    </message>
    <message>
        <source>{values} values for {columns} columns</source>
        <translation>{values} арзиш барои {columns} сутун</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n of the changes would empty a value that is filled now (a blank cell in the file). They are marked with this sign below: check them before you import.</source>
        <translation>
            <numerusform>%n тағйирот арзишеро, ки ҳоло пур аст, холӣ мекунад (дар файл ҳуҷайра холӣ аст). Дар поён бо ҳамин аломат қайд шудаанд: пеш аз ворид кардан онҳоро санҷед.</numerusform>
            <numerusform>%n тағйирот арзишеро, ки ҳоло пур аст, холӣ мекунад (дар файл ҳуҷайра холӣ аст). Дар поён бо ҳамин аломат қайд шудаанд: пеш аз ворид кардан онҳоро санҷед.</numerusform>
        </translation>
    </message>
    <message>
        <source>A &quot;?&quot; stands where the catalogue has a letter, or inside a Cyrillic word: probably a Tajik letter lost by saving the sheet in Windows-1251. Left out unless you tick it.</source>
        <translation>Аломати «?» дар ҷое истодааст, ки дар феҳрист ҳарф ҳаст, ё дар дохили калимаи кириллӣ: эҳтимол ҳарфи тоҷикӣ ҳангоми захира кардани ҷадвал дар Windows-1251 гум шудааст. Агар онро қайд накунед, ворид карда намешавад.</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Пас аз ворид кардан</translation>
    </message>
    <message numerus="yes">
        <source>Already in the catalogue (same link, guid, or date and title): %Ln</source>
        <translation>
            <numerusform>Аллакай дар феҳрист ҳаст (ҳамон пайванд, guid ё сана ва сарлавҳа): %Ln</numerusform>
            <numerusform>Аллакай дар феҳрист ҳаст (ҳамон пайванд, guid ё сана ва сарлавҳа): %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ворид кардан</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln hero(es)</source>
        <translation>
            <numerusform>%Ln қаҳрамонро ворид кардан</numerusform>
            <numerusform>%Ln қаҳрамонро ворид кардан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln news item(s)</source>
        <translation>
            <numerusform>%Ln хабарро ворид кардан</numerusform>
            <numerusform>%Ln хабарро ворид кардан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, conflicts: %Ln</source>
        <translation>
            <numerusform>Ворид намешавад, бо ихтилоф: %Ln</numerusform>
            <numerusform>Ворид намешавад, бо ихтилоф: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln</source>
        <translation>
            <numerusform>Ворид намешавад: %Ln</numerusform>
            <numerusform>Ворид намешавад: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ворид нашуд</translation>
    </message>
    <message>
        <source>Nothing can be imported: the records listed under Left out conflict with the catalogue, and the others are in it already.</source>
        <translation>Ҳеҷ чиз ворид карда намешавад: сабтҳое, ки зери «Ворид намешавад» омадаанд, бо феҳрист ихтилоф доранд ва боқимонда аллакай дар он ҳастанд.</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import. The import is one step: Edit → Undo takes all of it back, and History shows each change. Untick a record or a change to leave it out.</source>
        <translation>То тугмаи воридкуниро пахш накунед, ҳеҷ чиз тағйир намеёбад. Воридот як қадам аст: «Таҳрир → Бекор кардан» ҳамаашро бармегардонад ва «Таърихи тағйирот» ҳар тағйирро нишон медиҳад. Барои ворид накардани сабт ё тағйир, аломатро аз он бардоред.</translation>
    </message>
    <message>
        <source>Nothing to import: the catalogue already holds everything in the file.</source>
        <translation>Чизе барои ворид кардан нест: ҳамаи он чи дар файл аст, аллакай дар феҳрист ҳаст.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ҳозир</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Сабт ва майдон</translation>
    </message>
    <message>
        <source>Records with a &quot;?&quot; where the catalogue has a letter, or inside a Cyrillic word: {count}. The spreadsheet was probably saved in Windows-1251, which cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. Those changes are unticked below and left out; tick one only if its &quot;?&quot; is meant.
To keep the letters, save the sheet as UTF-8 and import that file: in Excel, Save As → &quot;CSV UTF-8 (Comma delimited)&quot;; in LibreOffice, Save As → Text CSV with the character set &quot;Unicode (UTF-8)&quot;.</source>
        <translation>Сабтҳое, ки дар онҳо аломати «?» дар ҷое истодааст, ки дар феҳрист ҳарф ҳаст, ё дар дохили калимаи кириллӣ: {count}. Эҳтимол ҷадвал дар Windows-1251 захира шудааст, ки ҳарфҳои тоҷикии ғ ӣ қ ӯ ҳ ҷ-ро нигоҳ дошта наметавонад. Ин тағйирот дар поён қайднашуда мебошанд ва ворид карда намешаванд; танҳо он тағйирро қайд кунед, ки «?»-и он воқеан бояд бошад.
Барои нигоҳ доштани ҳарфҳо ҷадвалро ҳамчун UTF-8 захира кунед ва ҳамон файлро ворид кунед: дар Excel: Save As → «CSV UTF-8 (Comma delimited)»; дар LibreOffice: Save As → Text CSV бо маҷмӯи аломатҳои «Unicode (UTF-8)».</translation>
    </message>
    <message numerus="yes">
        <source>To add: %Ln hero(es)</source>
        <translation>
            <numerusform>Илова мешавад: %Ln қаҳрамон</numerusform>
            <numerusform>Илова мешавад: %Ln қаҳрамон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To add: %Ln news item(s)</source>
        <translation>
            <numerusform>Илова мешавад: %Ln хабар</numerusform>
            <numerusform>Илова мешавад: %Ln хабар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To change: %Ln hero(es)</source>
        <translation>
            <numerusform>Тағйир меёбад: %Ln қаҳрамон</numerusform>
            <numerusform>Тағйир меёбад: %Ln қаҳрамон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln hero(es)</source>
        <translation>
            <numerusform>Бетағйир: %Ln қаҳрамон</numerusform>
            <numerusform>Бетағйир: %Ln қаҳрамон</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Он чи воридот тағйир медиҳад</translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was changed.</source>
        <translation>Файли {file} ворид карда намешавад; ҳеҷ чиз тағйир дода нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ва боз %Ln</numerusform>
            <numerusform>… ва боз %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>  In these, {how}</source>
        <translation>  Дар инҳо {how}</translation>
    </message>
    <message>
        <source>  Of these changes, {count} would empty a value that is filled now (a blank cell in the file); check them below</source>
        <translation>  Аз ин тағйирот {count} арзишеро, ки ҳоло пур аст, холӣ мекунад (дар файл ҳуҷайра холӣ аст); онҳоро дар поён санҷед</translation>
    </message>
    <message>
        <source>  To import them as they are, add --accept-damaged.</source>
        <translation>  Барои ворид кардани онҳо ҳамон тавре ки ҳастанд, --accept-damaged илова кунед.</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … ва боз {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n hero(es)</source>
        <translation>
            <numerusform>%n қаҳрамон</numerusform>
            <numerusform>%n қаҳрамон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s)</source>
        <translation>
            <numerusform>%n хабар</numerusform>
            <numerusform>%n хабар</numerusform>
        </translation>
    </message>
    <message>
        <source>Already present (same link, guid, or date and title), not added: {count}</source>
        <translation>Аллакай ҳаст (ҳамон пайванд, guid ё сана ва сарлавҳа), илова намешавад: {count}</translation>
    </message>
    <message>
        <source>Conflicts, left out: {count}</source>
        <translation>Бо ихтилоф, ворид намешавад: {count}</translation>
    </message>
    <message>
        <source>Left out: {count}</source>
        <translation>Ворид намешавад: {count}</translation>
    </message>
    <message>
        <source>Looks damaged, imported anyway (--accept-damaged): {count}</source>
        <translation>Вайроншуда менамояд, бо вуҷуди ин ворид мешавад (--accept-damaged): {count}</translation>
    </message>
    <message>
        <source>Looks damaged, left out (a new record whole, a change in the fields named): {count}</source>
        <translation>Вайроншуда менамояд, ворид намешавад (сабти нав пурра, тағйир танҳо дар майдонҳои номбаршуда): {count}</translation>
    </message>
    <message>
        <source>To add: {count}</source>
        <translation>Илова мешавад: {count}</translation>
    </message>
    <message>
        <source>To change: {count}</source>
        <translation>Тағйир меёбад: {count}</translation>
    </message>
    <message>
        <source>Unchanged: {count}</source>
        <translation>Бетағйир: {count}</translation>
    </message>
    <message>
        <source>a &quot;?&quot; stands where the catalogue has a letter, or inside a Cyrillic word: the spreadsheet was probably saved in Windows-1251, which cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. Save it as UTF-8 and import that file: in Excel, Save As → &apos;CSV UTF-8 (Comma delimited)&apos;; in LibreOffice, Save As → Text CSV with the character set &apos;Unicode (UTF-8)&apos;.</source>
        <translation>аломати «?» дар ҷое истодааст, ки дар феҳрист ҳарф ҳаст, ё дар дохили калимаи кириллӣ: эҳтимол ҷадвал дар Windows-1251 захира шудааст, ки ҳарфҳои тоҷикии ғ ӣ қ ӯ ҳ ҷ-ро нигоҳ дошта наметавонад. Онро ҳамчун UTF-8 захира кунед ва ҳамон файлро ворид кунед: дар Excel: Save As → «CSV UTF-8 (Comma delimited)»; дар LibreOffice: Save As → Text CSV бо маҷмӯи аломатҳои «Unicode (UTF-8)».</translation>
    </message>
    <message>
        <source>new id {id}, but the name {name} is hero {other}</source>
        <translation>ID-и нав {id}, аммо номи {name} аз они қаҳрамони {other} аст</translation>
    </message>
    <message>
        <source>record {number} ({name}): the same hero as record {other}</source>
        <translation>сабти {number} ({name}): ҳамон қаҳрамони сабти {other}</translation>
    </message>
    <message>
        <source>record {number} ({name}): {problem}</source>
        <translation>сабти {number} ({name}): {problem}</translation>
    </message>
    <message>
        <source>the name {name} belongs to {count} heroes; give the hero&apos;s id</source>
        <translation>номи {name} ба {count} қаҳрамон тааллуқ дорад; ID-и қаҳрамонро нишон диҳед</translation>
    </message>
    <message>
        <source>{change}   (? looks damaged)</source>
        <translation>{change}   (? вайроншуда менамояд)</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {kind}, %n record(s)</source>
        <translation>
            <numerusform>{path}: {kind}, %n сабт</numerusform>
            <numerusform>{path}: {kind}, %n сабт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>Selected {name}: Ctrl+1 shows the record</source>
        <translation>Интихоб шуд: {name}. Ctrl+1 сабтро нишон медиҳад</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A new catalogue was created at {path} from the bundled data</source>
        <translation>Дар {path} аз маълумоти ҳамроҳи барнома феҳристи нав сохта шуд</translation>
    </message>
    <message>
        <source>About HeroViewer</source>
        <translation>Дар бораи HeroViewer</translation>
    </message>
    <message>
        <source>CSTO Secretariat news</source>
        <translation>Хабарҳои Котиботи СААД</translation>
    </message>
    <message>
        <source>Changes kept in a side file</source>
        <translation>Тағйирот дар файли иловагӣ нигоҳ дошта шуд</translation>
    </message>
    <message>
        <source>Heroes</source>
        <translation>Қаҳрамонон</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Захира нашуд</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse and print; changes cannot be saved.</source>
        <translation>Танҳо барои хондан: {reason}. Шумо метавонед сабтҳоро аз назар гузаронед ва чоп кунед; тағйиротро захира кардан мумкин нест.</translation>
    </message>
    <message>
        <source>Your changes are saved, but they are kept in the side file {wal} beside the catalogue, as they could not be written into the catalogue file ({problem}). Keep that file with the catalogue: copy both together.</source>
        <translation>Тағйироти шумо захира шуд, вале дар файли иловагии {wal} дар паҳлӯи феҳрист нигоҳ дошта мешавад, зеро ба худи файли феҳрист навишта нашуд ({problem}). Он файлро бо феҳрист нигоҳ доред: ҳардуро якҷоя нусха бардоред.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n hero(es) at {places}</source>
        <translation>
            <numerusform>%n қаҳрамон дар {places}</numerusform>
            <numerusform>%n қаҳрамон дар {places}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <comment>the map&apos;s summary: heroes at how many places</comment>
        <translation>
            <numerusform>%n ҷой</numerusform>
            <numerusform>%n ҷой</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Home places</source>
        <translation>&amp;Зодгоҳҳо</translation>
    </message>
    <message>
        <source>A number: how many heroes there</source>
        <translation>Рақам — шумораи қаҳрамонон дар он ҷо</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom</source>
        <translation>Харитаро кашед ё бо тирчаҳо ҳаракат диҳед; андоза — бо чархак ё + ва −</translation>
    </message>
    <message>
        <source>Map of the heroes&apos; places</source>
        <translation>Харитаи ҷойҳои қаҳрамонон</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n hero(es) on the map…</source>
        <translation>
            <numerusform>Ҷойгиркунии %n қаҳрамон дар харита…</numerusform>
            <numerusform>Ҷойгиркунии %n қаҳрамон дар харита…</numerusform>
        </translation>
    </message>
    <message>
        <source>Red: the place as recorded · Orange: approximate (district or region centre)</source>
        <translation>Сурх: ҷой, чӣ тавре ки сабт шудааст · Норинҷӣ: тахминӣ (маркази ноҳия ё вилоят)</translation>
    </message>
    <message>
        <source>The country outlines cannot be drawn: {problem}</source>
        <translation>Сарҳади кишварҳо кашида намешавад: {problem}</translation>
    </message>
    <message>
        <source>The places cannot be found: {problem}</source>
        <translation>Ҷойҳо ёфт намешаванд: {problem}</translation>
    </message>
    <message>
        <source>The regions and district centres cannot be drawn: {problem}</source>
        <translation>Вилоятҳо ва марказҳои ноҳияҳо нишон дода намешаванд: {problem}</translation>
    </message>
    <message>
        <source>Where the deeds were done</source>
        <translation>Ҷое, ки корнамоиҳо анҷом ёфтанд</translation>
    </message>
    <message>
        <source>Where the heroes were born</source>
        <translation>Ҷое, ки қаҳрамонон таваллуд шудаанд</translation>
    </message>
    <message>
        <source>Where they &amp;fought</source>
        <translation>Ҷое, ки &amp;ҷангиданд</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ва боз %n</numerusform>
            <numerusform>ва боз %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not placed ({count}): {names}</source>
        <translation>дар харита нест ({count}): {names}</translation>
    </message>
    <message>
        <source>{place} (approximate: the centre of the district or region)</source>
        <translation>{place} (тахминӣ: маркази ноҳия ё вилоят)</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Map</source>
        <translation>Харита</translation>
    </message>
</context>
<context>
    <name>NewsCommands</name>
    <message>
        <source>Add news “{title}”</source>
        <translation>Илова кардани хабари «{title}»</translation>
    </message>
    <message>
        <source>Delete news item</source>
        <translation>Нест кардани хабар</translation>
    </message>
    <message>
        <source>Delete news “{title}”</source>
        <translation>Нест кардани хабари «{title}»</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this (Ctrl+Z).</source>
        <translation>«{title}» нест карда шавад? Ин амалро бекор кардан мумкин аст (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Edit news item</source>
        <translation>Таҳрири хабар</translation>
    </message>
    <message>
        <source>Edit news “{title}”</source>
        <translation>Таҳрири хабари «{title}»</translation>
    </message>
    <message>
        <source>New news item</source>
        <translation>Хабари нав</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Захира нашуд</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <source>All categories</source>
        <translation>Ҳамаи категорияҳо</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>News items</source>
        <translation>Хабарҳо</translation>
    </message>
    <message>
        <source>Page read:</source>
        <translation>Саҳифаи хондашуда:</translation>
    </message>
    <message>
        <source>Search the news</source>
        <translation>Ҷустуҷӯи хабарҳо</translation>
    </message>
    <message>
        <source>Search the news…</source>
        <translation>Ҷустуҷӯи хабарҳо…</translation>
    </message>
    <message>
        <source>Select a news item to read it.</source>
        <translation>Барои хондан хабареро интихоб кунед.</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n news item(s)</source>
        <translation>
            <numerusform>Нишон дода шудааст: {shown} аз %n хабар</numerusform>
            <numerusform>Нишон дода шудааст: {shown} аз %n хабар</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Манбаъ</translation>
    </message>
    <message>
        <source>Source note:</source>
        <translation>Қайд дар бораи манбаъ:</translation>
    </message>
    <message>
        <source>The article itself was not seen.</source>
        <translation>Худи мақола дида нашудааст.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>сана номаълум</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>Figures</source>
        <translation>Рақамҳо</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>PortraitFile</name>
    <message>
        <source>{path}: not an image that can be read (JPEG, PNG, WebP, TIFF, BMP or GIF)</source>
        <translation>{path}: тасвире нест, ки хонда шавад (JPEG, PNG, WebP, TIFF, BMP ё GIF)</translation>
    </message>
    <message>
        <source>{path}: the file is {size} MB; at most 150 MB</source>
        <translation>{path}: андозаи файл {size} МБ аст; ҳадди аксар 150 МБ</translation>
    </message>
    <message>
        <source>{path}: the image is damaged or incomplete ({error})</source>
        <translation>{path}: тасвир вайрон ё нопурра аст ({error})</translation>
    </message>
    <message>
        <source>{path}: the image is {width} × {height} pixels; at most {megapixels} megapixels are accepted</source>
        <translation>{path}: андозаи тасвир {width} × {height} пиксел аст; ҳадди аксар {megapixels} мегапиксел қабул карда мешавад</translation>
    </message>
    <message>
        <source>{path}: the image would unpack to too many pixels; at most {megapixels} megapixels are accepted</source>
        <translation>{path}: тасвир ҳангоми кушодан аз ҳад зиёд пиксел медиҳад; ҳадди аксар {megapixels} мегапиксел қабул карда мешавад</translation>
    </message>
    <message>
        <source>{path}: {format} images are not accepted (JPEG, PNG, WebP, TIFF, BMP or GIF)</source>
        <translation>{path}: тасвирҳои {format} қабул карда намешаванд (JPEG, PNG, WebP, TIFF, BMP ё GIF)</translation>
    </message>
</context>
<context>
    <name>PortraitFolder</name>
    <message>
        <source>Another file of the same hero was used ({count}):</source>
        <translation>Файли дигари ҳамин қаҳрамон истифода шуд ({count}):</translation>
    </message>
    <message>
        <source>Matched ({count}):</source>
        <translation>Мувофиқ омад ({count}):</translation>
    </message>
    <message>
        <source>Matched nobody ({count}):</source>
        <translation>Ба ҳеҷ кас мувофиқ наомад ({count}):</translation>
    </message>
    <message>
        <source>Matched several heroes, not used ({count}):</source>
        <translation>Ба якчанд қаҳрамон мувофиқ омад, истифода нашуд ({count}):</translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>Рад шуд ({count}):</translation>
    </message>
    <message>
        <source>{path}: not an image file (by its name)</source>
        <translation>{path}: файли тасвир нест (аз рӯи номаш)</translation>
    </message>
    <message>
        <source>{path}: the file name is not valid UTF-8 text (shown with �); rename the file</source>
        <translation>{path}: номи файл матни дурусти UTF-8 нест (бо � нишон дода шудааст); номи файлро иваз кунед</translation>
    </message>
</context>
<context>
    <name>PositionSetter</name>
    <message>
        <source>A place text of only spaces cannot be given a position.</source>
        <translation>Барои ҷое, ки танҳо бо фосилаҳо навишта шудааст, ҷойро дар харита муайян кардан мумкин нест.</translation>
    </message>
    <message>
        <source>Click on the map where “{place}” is (Esc cancels)</source>
        <translation>Дар харита ҷоеро пахш кунед, ки «{place}» дар он ҷост (Esc — бекор кардан)</translation>
    </message>
    <message>
        <source>Every place shown is on the map</source>
        <translation>Ҳамаи ҷойҳои нишондодашуда дар харитаанд</translation>
    </message>
    <message>
        <source>History of the position of {place}…</source>
        <translation>Таърихи ҷой: {place}…</translation>
    </message>
    <message>
        <source>Move {place}…</source>
        <translation>Иваз кардани ҷой: {place}…</translation>
    </message>
    <message>
        <source>Position not set</source>
        <translation>Ҷой муайян нашуд</translation>
    </message>
    <message>
        <source>Put a place that is not placed, or only approximately, on the map</source>
        <translation>Ҷойеро, ки ёфт нашуд ё тахминан ёфт шуд, дар харита гузоштан</translation>
    </message>
    <message>
        <source>Set position of {place}…</source>
        <translation>Муайян кардани ҷойи {place}…</translation>
    </message>
    <message>
        <source>Set position…</source>
        <translation>Муайян кардани ҷой…</translation>
    </message>
    <message>
        <source>Set the position of {place}</source>
        <translation>Ҷойи {place}</translation>
    </message>
    <message>
        <source>{lat:.2f}, {lon:.2f} is outside the map; {place} was not placed.</source>
        <translation>{lat:.2f}, {lon:.2f} берун аз харита аст; ҷойи «{place}» гузошта нашуд.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>1942, 11.1942 or 26.11.1942</source>
        <translation>1942, 11.1942 ё 26.11.1942</translation>
    </message>
    <message>
        <source>Biography and notes</source>
        <translation>Тарҷумаи ҳол ва қайдҳо</translation>
    </message>
    <message>
        <source>Biography in English</source>
        <translation>Тарҷумаи ҳол ба забони англисӣ</translation>
    </message>
    <message>
        <source>Biography in Russian</source>
        <translation>Тарҷумаи ҳол ба забони русӣ</translation>
    </message>
    <message>
        <source>Biography in Tajik</source>
        <translation>Тарҷумаи ҳол ба забони тоҷикӣ</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>Ҷои таваллуд</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Санаи таваллуд</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Намуди қӯшун</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Дараҷаи тасдиқ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Date of the deed</source>
        <translation>Санаи корнамоӣ</translation>
    </message>
    <message>
        <source>Decree of</source>
        <translation>Санаи фармон</translation>
    </message>
    <message>
        <source>Died in</source>
        <translation>Ҷои вафот</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>Санаи вафот</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Захира накардан</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Тағйироти {name} захира карда нашаванд?</translation>
    </message>
    <message>
        <source>Feed item id</source>
        <translation>ID-и хабар дар лента</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Гурӯҳ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Таҳрирро идома додан</translation>
    </message>
    <message>
        <source>Latin-script name</source>
        <translation>Ном бо хатти лотинӣ</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Арзи ҷуғрофӣ</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Ҳаёт</translation>
    </message>
    <message>
        <source>Link to the article</source>
        <translation>Пайванд ба мақола</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Тӯли ҷуғрофӣ</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Ҳамчун санҷидашуда қайд кардан</translation>
    </message>
    <message>
        <source>Mark the translation as checked</source>
        <translation>Тарҷумаро ҳамчун санҷидашуда қайд кардан</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Номҳо</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Миллат</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Other spellings
(one a line)</source>
        <translation>Шаклҳои дигари навишт
(ҳар кадом дар сатри алоҳида)</translation>
    </message>
    <message>
        <source>Page read</source>
        <translation>Саҳифаи хондашуда</translation>
    </message>
    <message>
        <source>Place as recorded</source>
        <translation>Ҷой, чунон ки сабт шудааст</translation>
    </message>
    <message>
        <source>Place of the deed</source>
        <translation>Ҷои корнамоӣ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Пас аз марг</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Рутбаи ҳарбӣ</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Тадқиқот</translation>
    </message>
    <message>
        <source>Research note</source>
        <translation>Қайди тадқиқотӣ</translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation>Ном ба забони русӣ</translation>
    </message>
    <message>
        <source>Saved as the known term “{stored}”, read in each reader&apos;s language</source>
        <translation>Ҳамчун истилоҳи маълум «{stored}» захира мешавад ва ба ҳар хонанда бо забони худаш нишон дода мешавад</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Манбаъ</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Қайд дар бораи манбаъ</translation>
    </message>
    <message>
        <source>Sources
(one link a line)</source>
        <translation>Манбаъҳо
(ҳар пайванд дар сатри алоҳида)</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Қайдҳои кормандон</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Хулоса</translation>
    </message>
    <message>
        <source>Tajik name</source>
        <translation>Ном ба забони тоҷикӣ</translation>
    </message>
    <message>
        <source>The deed and the title</source>
        <translation>Корнамоӣ ва унвон</translation>
    </message>
    <message>
        <source>The deed in English</source>
        <translation>Корнамоӣ ба забони англисӣ</translation>
    </message>
    <message>
        <source>The deed in Russian</source>
        <translation>Корнамоӣ ба забони русӣ</translation>
    </message>
    <message>
        <source>The deed in Tajik</source>
        <translation>Корнамоӣ ба забони тоҷикӣ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Сарлавҳа</translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation>Тарҷума; кормандон ҳанӯз насанҷидаанд</translation>
    </message>
    <message>
        <source>Translations not yet checked</source>
        <translation>Тарҷумаҳои ҳанӯз насанҷида</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Қисми ҳарбӣ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Тағйироти захиранашуда</translation>
    </message>
    <message>
        <source>the new hero</source>
        <translation>қаҳрамони нав</translation>
    </message>
    <message>
        <source>the new news item</source>
        <translation>хабари нав</translation>
    </message>
    <message>
        <source>{term} ({stored})</source>
        <translation>{term} ({stored})</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
</context>
<context>
    <name>SharedCatalogueDialog</name>
    <message>
        <source>&amp;Database:</source>
        <translation>Пойгоҳи &amp;додаҳо:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Парол:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Корбар:</translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s keyring, never in HeroViewer&apos;s settings</source>
        <translation>Дар анбори калидҳои системаи амалиётӣ нигоҳ дошта мешавад, ҳеҷ гоҳ дар танзимоти HeroViewer</translation>
    </message>
    <message>
        <source>Open shared catalogue</source>
        <translation>Кушодани феҳристи умумӣ</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Паролро дар хотир нигоҳ доштан</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Decree</source>
        <translation>Фармон</translation>
    </message>
    <message>
        <source>Deed</source>
        <translation>Корнамоӣ</translation>
    </message>
    <message>
        <source>Great Patriotic War</source>
        <translation>Ҷанги Бузурги Ватанӣ</translation>
    </message>
    <message>
        <source>Soviet-Finnish War</source>
        <translation>Ҷанги Шӯравию Финландӣ</translation>
    </message>
    <message>
        <source>War against Japan</source>
        <translation>Ҷанг бар зидди Япония</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%n date(s) outside 1939–1945 not shown</source>
        <translation>
            <numerusform>%n сана берун аз 1939–1945 нишон дода нашуд</numerusform>
            <numerusform>%n сана берун аз 1939–1945 нишон дода нашуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero(es) with a dated deed or decree</source>
        <translation>
            <numerusform>%n қаҳрамон бо санаи корнамоӣ ё фармон</numerusform>
            <numerusform>%n қаҳрамон бо санаи корнамоӣ ё фармон</numerusform>
        </translation>
    </message>
    <message>
        <source>No date yet: {names}</source>
        <translation>Сана ҳанӯз маълум нест: {names}</translation>
    </message>
    <message>
        <source>Red: the deed · Blue: the decree · A year or a month alone is drawn over the whole year or month · Coloured bands: the wars</source>
        <translation>Сурх: корнамоӣ · Кабуд: фармон · Сол ё моҳи бе санаи дақиқ дар тамоми сол ё моҳ кашида шудааст · Рахҳои ранга: ҷангҳо</translation>
    </message>
    <message>
        <source>Timeline of the deeds and decrees</source>
        <translation>Хронологияи корнамоиҳо ва фармонҳо</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>April</source>
        <translation>апрел</translation>
    </message>
    <message>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабр</translation>
    </message>
    <message>
        <source>February</source>
        <translation>феврал</translation>
    </message>
    <message>
        <source>January</source>
        <translation>январ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июл</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июн</translation>
    </message>
    <message>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноябр</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октябр</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентябр</translation>
    </message>
    <message>
        <source>a decree date falls between 16 April 1934, when the title was created, and 24 December 1991</source>
        <translation>санаи фармон бояд байни 16 апрели соли 1934 (таъсиси унвон) ва 24 декабри соли 1991 бошад</translation>
    </message>
    <message>
        <source>a name is required (in at least one script)</source>
        <translation>ном лозим аст (ақаллан бо як хат)</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>сарлавҳа лозим аст</translation>
    </message>
    <message>
        <source>death cannot come before birth</source>
        <translation>вафот наметавонад пеш аз таваллуд бошад</translation>
    </message>
    <message>
        <source>lists only texts kept in each language: {fields}</source>
        <translation>танҳо матнҳоеро номбар мекунад, ки ба ҳар забон алоҳида нигоҳ дошта мешаванд: {fields}</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>бояд яке аз инҳо бошад: {allowed}</translation>
    </message>
    <message>
        <source>the decree cannot come before the birth</source>
        <translation>фармон наметавонад пеш аз таваллуд бошад</translation>
    </message>
    <message>
        <source>the deed cannot come after the death</source>
        <translation>корнамоӣ наметавонад пас аз вафот бошад</translation>
    </message>
    <message>
        <source>the deed cannot come before the birth</source>
        <translation>корнамоӣ наметавонад пеш аз таваллуд бошад</translation>
    </message>
    <message>
        <source>{length:,} characters; at most {most:,} in one field</source>
        <translation>{length:,} аломат; дар як майдон ҳадди аксар {most:,}</translation>
    </message>
    <message>
        <source>{text} has no month {month}</source>
        <translation>{text}: моҳи {month} вуҷуд надорад</translation>
    </message>
    <message>
        <source>{text} is not a calendar date (there is no year 0)</source>
        <translation>{text} санаи тақвимӣ нест (соли 0 вуҷуд надорад)</translation>
    </message>
    <message>
        <source>{text} is not a calendar date ({month} {year} has {days} days)</source>
        <translation>{text} санаи тақвимӣ нест ({month}и соли {year} ҳамагӣ {days} рӯз дорад)</translation>
    </message>
    <message>
        <source>{text} is not a date like 1921, 1921-05 or 1921-05-03</source>
        <translation>{text} сана дар шакли 1921, 1921-05 ё 1921-05-03 нест</translation>
    </message>
    <message>
        <source>{text} is not a date like 1921, 1921-05, 1921-05-03, 05.1921 or 03.05.1921</source>
        <translation>{text} сана дар шакли 1921, 1921-05, 1921-05-03, 05.1921 ё 03.05.1921 нест</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Armenian</source>
        <translation>арман</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>белорус</translation>
    </message>
    <message>
        <source>Captain</source>
        <translation>капитан</translation>
    </message>
    <message>
        <source>Colonel</source>
        <translation>полковник</translation>
    </message>
    <message>
        <source>Corporal</source>
        <translation>ефрейтор</translation>
    </message>
    <message>
        <source>Crimean Tatar</source>
        <translation>тотори Қрим</translation>
    </message>
    <message>
        <source>Gagauz</source>
        <translation>гагауз</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>гурҷӣ</translation>
    </message>
    <message>
        <source>Guards Red Army soldier (private)</source>
        <translation>аскари гвардиявии Артиши Сурх (қаторӣ)</translation>
    </message>
    <message>
        <source>Guards Senior Sergeant</source>
        <translation>сержанти калони гвардия</translation>
    </message>
    <message>
        <source>Jewish</source>
        <translation>яҳудӣ</translation>
    </message>
    <message>
        <source>Junior Lieutenant</source>
        <translation>лейтенанти хурд</translation>
    </message>
    <message>
        <source>Junior Sergeant</source>
        <translation>сержанти хурд</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазоқ</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>қирғиз</translation>
    </message>
    <message>
        <source>Lieutenant</source>
        <translation>лейтенант</translation>
    </message>
    <message>
        <source>Lieutenant Colonel</source>
        <translation>подполковник</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>майор</translation>
    </message>
    <message>
        <source>Major General</source>
        <translation>генерал-майор</translation>
    </message>
    <message>
        <source>Ossetian</source>
        <translation>осетин</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>қаторӣ</translation>
    </message>
    <message>
        <source>Red Army soldier (private)</source>
        <translation>аскари Артиши Сурх (қаторӣ)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>рус</translation>
    </message>
    <message>
        <source>Senior Lieutenant</source>
        <translation>лейтенанти калон</translation>
    </message>
    <message>
        <source>Senior Sergeant</source>
        <translation>сержанти калон</translation>
    </message>
    <message>
        <source>Sergeant</source>
        <translation>сержант</translation>
    </message>
    <message>
        <source>Sergeant Major</source>
        <translation>старшина</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>тоҷик</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>тотор</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>туркман</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украин</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ӯзбек</translation>
    </message>
    <message>
        <source>armoured troops</source>
        <translation>қӯшунҳои зиреҳпӯш</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>тӯпхона</translation>
    </message>
    <message>
        <source>aviation</source>
        <translation>авиатсия</translation>
    </message>
    <message>
        <source>aviation (military transport)</source>
        <translation>авиатсия (нақлиёти ҳарбӣ)</translation>
    </message>
    <message>
        <source>cavalry</source>
        <translation>савора</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>қӯшунҳои муҳандисӣ</translation>
    </message>
    <message>
        <source>infantry</source>
        <translation>пиёданизом</translation>
    </message>
    <message>
        <source>navy</source>
        <translation>флоти ҳарбӣ-баҳрӣ</translation>
    </message>
    <message>
        <source>partisans</source>
        <translation>партизанҳо</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <source>Dated outside 1939–1945: {names}</source>
        <translation>Санаҳо берун аз солҳои 1939–1945: {names}</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan in figures</source>
        <translation>Қаҳрамонони Иттиҳоди Шӯравии марбут ба Тоҷикистон дар рақамҳо</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan: deeds and decrees, 1939–1945</source>
        <translation>Қаҳрамонони Иттиҳоди Шӯравии марбут ба Тоҷикистон: корнамоиҳо ва фармонҳо, 1939–1945</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan: where they fought</source>
        <translation>Қаҳрамонони Иттиҳоди Шӯравии марбут ба Тоҷикистон: дар куҷо ҷангиданд</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan: where they were born</source>
        <translation>Қаҳрамонони Иттиҳоди Шӯравии марбут ба Тоҷикистон: дар куҷо таваллуд шуданд</translation>
    </message>
    <message>
        <source>No date yet: {names}</source>
        <translation>Сана ҳанӯз маълум нест: {names}</translation>
    </message>
    <message>
        <source>No place recorded ({count}): {names}</source>
        <translation>Ҷой сабт нашудааст ({count}): {names}</translation>
    </message>
    <message>
        <source>Not on this map ({count}): {names}</source>
        <translation>Дар ин харита нест ({count}): {names}</translation>
    </message>
    <message>
        <source>Sources: the pages listed in each hero&apos;s record (HeroViewer catalogue)</source>
        <translation>Манбаъҳо: саҳифаҳое, ки дар сабти ҳар қаҳрамон номбар шудаанд (феҳристи HeroViewer)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ва боз {count}</translation>
    </message>
    <message>
        <source>approximate: the district or region centre</source>
        <translation>тахминӣ: маркази ноҳия ё вилоят</translation>
    </message>
    <message>
        <source>number of heroes</source>
        <translation>шумораи қаҳрамонон</translation>
    </message>
    <message>
        <source>places: GeoNames (CC BY 4.0); outlines: Natural Earth (public domain)</source>
        <translation>ҷойҳо: GeoNames (CC BY 4.0); ҳудудҳо: Natural Earth (моликияти умумӣ)</translation>
    </message>
    <message>
        <source>the decree</source>
        <translation>фармон</translation>
    </message>
    <message>
        <source>the deed</source>
        <translation>корнамоӣ</translation>
    </message>
    <message>
        <source>the image cannot be written</source>
        <translation>тасвирро навиштан ғайриимкон аст</translation>
    </message>
    <message>
        <source>the place as recorded</source>
        <translation>ҷой, чунон ки қайд шудааст</translation>
    </message>
    <message>
        <source>{file}: give a file name ending in .pdf, .svg or .png</source>
        <translation>{file}: номи файлро бо анҷоми .pdf, .svg ё .png диҳед</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: хато: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>параметри норавшан: %(option)s метавонад ба %(matches)s мувофиқ ояд</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргументи %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>як аргумент интизор буд</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>аргументи ошкоро додашудаи %r нодида гирифта шуд</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>арзиши нодурусти %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>интихоби нодуруст: %(value)r (аз инҳо интихоб кунед: %(choices)s)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрҳо</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>аргументҳои мавқеӣ</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>ин паёми кӯмакро нишон додан ва баромадан</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>аргументҳои зерин ҳатмӣ мебошанд: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>аргументҳои ношинос: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>тарзи истифода: </translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Not restored: {error}</source>
        <translation>Барқарор нашуд: {error}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Баромадан</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Нусхаи эҳтиётиро барқарор кардан</translation>
    </message>
    <message>
        <source>Start a new catalogue</source>
        <translation>Феҳристи нав оғоз кардан</translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
{problem}

The newest good backup is {backup}. Restore it? The damaged file is kept aside.</source>
        <translation>Феҳристро истифода бурдан ғайриимкон аст:
{problem}

Нусхаи эҳтиётии солими охирин: {backup}. Барқарор карда шавад? Файли вайроншуда алоҳида нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
{problem}

There is no good backup of it. Start a new catalogue from the bundled data? The damaged file is kept aside.</source>
        <translation>Феҳристро истифода бурдан ғайриимкон аст:
{problem}

Аз он нусхаи эҳтиётии солим нест. Феҳристи нав аз маълумоти ҳамроҳи барнома оғоз карда шавад? Файли вайроншуда алоҳида нигоҳ дошта мешавад.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>(empty)</source>
        <translation>(холӣ)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>Ҳамкорӣ бо СММ</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Шӯроҳо</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Машқҳо</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Таърих</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Мусоҳибаҳо</translation>
    </message>
    <message>
        <source>Lived in Tajikistan after the war</source>
        <translation>Пас аз ҷанг дар Тоҷикистон зиндагӣ кардааст</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ВАО</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Хотира</translation>
    </message>
    <message>
        <source>Needs research: low confidence (name only, or the sources conflict)</source>
        <translation>Тафтиш лозим: эътимоди паст (танҳо ном маълум аст ё манбаъҳо ба ҳам мухолифанд)</translation>
    </message>
    <message>
        <source>Needs research: name only, or the sources conflict</source>
        <translation>Тафтиш лозим: танҳо ном маълум аст ё манбаъҳо ба ҳам мухолифанд</translation>
    </message>
    <message>
        <source>Needs research: partly confirmed, but {missing}</source>
        <translation>Тафтиш лозим: қисман тасдиқшуда, вале {missing}</translation>
    </message>
    <message>
        <source>Needs research: well confirmed, but {missing}</source>
        <translation>Тафтиш лозим: пурра тасдиқшуда, вале {missing}</translation>
    </message>
    <message>
        <source>Needs research: {missing}</source>
        <translation>Тафтиш лозим: {missing}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Дигар</translation>
    </message>
    <message>
        <source>Other republic</source>
        <translation>Ҷумҳурии дигар</translation>
    </message>
    <message>
        <source>Partly confirmed: one source</source>
        <translation>Қисман тасдиқшуда: як манбаъ</translation>
    </message>
    <message>
        <source>Post-war Tajikistan</source>
        <translation>Тоҷикистони пас аз ҷанг</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Котибот</translation>
    </message>
    <message>
        <source>Secretary General</source>
        <translation>Котиби генералӣ</translation>
    </message>
    <message>
        <source>Sent to the front from the Tajik SSR</source>
        <translation>Аз ҶШС Тоҷикистон ба фронт рафтааст</translation>
    </message>
    <message>
        <source>Tajik SSR</source>
        <translation>ҶШС Тоҷикистон</translation>
    </message>
    <message>
        <source>Tajik, went to the front from another republic</source>
        <translation>Тоҷик, аз ҷумҳурии дигар ба фронт рафтааст</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Бе категория</translation>
    </message>
    <message>
        <source>Well confirmed: two or more sources or a full biography</source>
        <translation>Пурра тасдиқшуда: ду ё зиёда манбаъ ё тарҷумаи ҳоли пурра</translation>
    </message>
    <message>
        <source>an image ({short})</source>
        <translation>тасвир ({short})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>санаи таваллуд нест</translation>
    </message>
    <message>
        <source>no birthplace</source>
        <translation>ҷои таваллуд нест</translation>
    </message>
    <message>
        <source>no decree date</source>
        <translation>санаи фармон нест</translation>
    </message>
    <message>
        <source>no rank</source>
        <translation>рутбаи ҳарбӣ нест</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>тамоми сабт</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>номаълум</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>{low}; also {missing}</source>
        <translation>{low}; инчунин {missing}</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>{name} (илова шуд)</translation>
    </message>
</context>
</TS>
