<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <source> (the connection is encrypted)</source>
        <translation> (соединение зашифровано)</translation>
    </message>
    <message>
        <source> (the connection is not encrypted)</source>
        <translation> (соединение не зашифровано)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HeroViewer {version}&lt;/h3&gt;&lt;p&gt;A reference of the Heroes of the Soviet Union linked to the Republic of Tajikistan, with CSTO Secretariat news. Works offline.&lt;/p&gt;&lt;p&gt;The sources count {total} such heroes; this catalogue holds {held} of them and {news} news items.&lt;/p&gt;&lt;p&gt;Data: facts researched from public sources; every hero record and news item lists the pages it rests on, and research notes say what is uncertain. No photographs are bundled: portraits are drawn placeholders.&lt;/p&gt;&lt;p&gt;Catalogue: {catalogue}&lt;/p&gt;&lt;p&gt;Licences: the program: MIT; the hero records and news summaries: CC BY 4.0 (each lists its sources); the Noto Sans font: SIL Open Font License 1.1; Qt and Qt for Python, bundled with the installed program: LGPL 3.&lt;/p&gt;&lt;p&gt;Maps: places from GeoNames (geonames.org), CC BY 4.0; country and region outlines from Natural Earth (naturalearthdata.com), public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HeroViewer {version}&lt;/h3&gt;&lt;p&gt;Справочник о Героях Советского Союза, связанных с Республикой Таджикистан, с новостями Секретариата ОДКБ. Работает без подключения к интернету.&lt;/p&gt;&lt;p&gt;По данным источников, таких героев — {total}; в этом каталоге их {held}, новостей — {news}.&lt;/p&gt;&lt;p&gt;Данные: сведения собраны по открытым источникам; в каждой записи о герое и в каждой новости указаны страницы, на которых она основана, а в примечаниях исследователя сказано, что остаётся неясным. Фотографии в программу не входят: портреты — нарисованные заглушки.&lt;/p&gt;&lt;p&gt;Каталог: {catalogue}&lt;/p&gt;&lt;p&gt;Лицензии: программа — MIT; записи о героях и краткие изложения новостей — CC BY 4.0 (в каждой указаны источники); шрифт Noto Sans — SIL Open Font License 1.1; Qt и Qt for Python, входящие в установленную программу, — LGPL 3.&lt;/p&gt;&lt;p&gt;Карты: населённые пункты — GeoNames (geonames.org), CC BY 4.0; контуры стран и областей — Natural Earth (naturalearthdata.com), общественное достояние.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About HeroViewer</source>
        <translation>&amp;О программе HeroViewer</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Копировать имя</translation>
    </message>
    <message>
        <source>&amp;Crop new portraits to the card&apos;s shape</source>
        <translation>&amp;Кадрировать новые портреты по форме карточки</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;Delete hero…</source>
        <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Edit hero…</source>
        <translation>&amp;Изменить запись…</translation>
    </message>
    <message>
        <source>&amp;Export heroes…</source>
        <translation>&amp;Экспортировать героев…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Heroes</source>
        <translation>&amp;Герои</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория изменений…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>&amp;New hero…</source>
        <translation>Новый &amp;герой…</translation>
    </message>
    <message>
        <source>&amp;Print hero cards…</source>
        <translation>&amp;Печать карточек героев…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Повторить: {change}</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Вос&amp;становить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Отменить: {change}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>CSTO Secretariat &amp;news</source>
        <translation>&amp;Новости Секретариата ОДКБ</translation>
    </message>
    <message>
        <source>Choose &amp;portrait…</source>
        <translation>&amp;Выбрать портрет…</translation>
    </message>
    <message>
        <source>Choose an image file, or drop one on the hero&apos;s page, to be the portrait</source>
        <translation>Выберите файл изображения или перетащите его на страницу героя, чтобы сделать портретом</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Export &amp;news…</source>
        <translation>Экспортировать &amp;новости…</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>&amp;Цифры</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История изменений…</translation>
    </message>
    <message>
        <source>Import p&amp;ortraits…</source>
        <translation>Импортировать п&amp;ортреты…</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Добавить новость…</translation>
    </message>
    <message>
        <source>Only records that need &amp;research</source>
        <translation>Только записи, требующие &amp;проверки</translation>
    </message>
    <message>
        <source>Open &amp;shared catalogue…</source>
        <translation>Открыть &amp;общий каталог…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Re&amp;move portrait</source>
        <translation>Удалить по&amp;ртрет</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Хронология</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>backups are made of catalogue files, not of database URLs</source>
        <translation>резервные копии создаются только для файлов каталога, а не для URL баз данных</translation>
    </message>
    <message>
        <source>restoring works on catalogue files, not on database URLs</source>
        <translation>восстановление возможно только для файлов каталога, а не для URL баз данных</translation>
    </message>
    <message>
        <source>{backup}: is the catalogue {catalogue} itself, not a backup of it; nothing restored</source>
        <translation>{backup}: это сам каталог {catalogue}, а не его резервная копия; ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path}: HeroViewer has it open; close it first</source>
        <translation>{path}: файл открыт в HeroViewer; сначала закройте его</translation>
    </message>
    <message>
        <source>{path}: the copy failed its check ({problem})</source>
        <translation>{path}: копия не прошла проверку ({problem})</translation>
    </message>
    <message>
        <source>{reason}; the catalogue is unchanged</source>
        <translation>{reason}; каталог не изменён</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message numerus="yes">
        <source>%n card(s) {pages}</source>
        <translation>
            <numerusform>%n карточка {pages}</numerusform>
            <numerusform>%n карточки {pages}</numerusform>
            <numerusform>%n карточек {pages}</numerusform>
        </translation>
    </message>
    <message>
        <source>Born: {place}.</source>
        <translation>Родился: {place}.</translation>
    </message>
    <message>
        <source>Dates and places of birth and death unknown.</source>
        <translation>Даты и места рождения и смерти неизвестны.</translation>
    </message>
    <message>
        <source>Died: {place}.</source>
        <translation>Умер: {place}.</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union (date of the decree unknown)</source>
        <translation>Герой Советского Союза (дата указа неизвестна)</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union (date of the decree unknown), posthumously</source>
        <translation>Герой Советского Союза (дата указа неизвестна), посмертно</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union by decree of {date}</source>
        <translation>Герой Советского Союза (указ от {date})</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union by decree of {date}, posthumously</source>
        <translation>Герой Советского Союза (указ от {date}), посмертно</translation>
    </message>
    <message>
        <source>Rank and unit unknown.</source>
        <translation>Воинское звание и часть неизвестны.</translation>
    </message>
    <message>
        <source>Sources: none recorded</source>
        <translation>Источники: не указаны</translation>
    </message>
    <message>
        <source>Sources: {hosts}</source>
        <translation>Источники: {hosts}</translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation>Текст на английском</translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation>Текст на русском</translation>
    </message>
    <message>
        <source>Text in Tajik</source>
        <translation>Текст на таджикском</translation>
    </message>
    <message>
        <source>The deed is not yet described in the catalogue.</source>
        <translation>Подвиг в каталоге пока не описан.</translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation>Перевод — требует проверки сотрудниками</translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation>
            <numerusform>на %n странице</numerusform>
            <numerusform>на %n страницах</numerusform>
            <numerusform>на %n страницах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>A4, four A6 cards with cut marks</source>
        <translation>A4, четыре карточки A6 с метками для резки</translation>
    </message>
    <message>
        <source>A4, one card per page</source>
        <translation>A4, одна карточка на странице</translation>
    </message>
    <message>
        <source>A5 landscape, one card per page</source>
        <translation>A5, альбомная ориентация, одна карточка на странице</translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation>Карточки для:</translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation>Карточки не сохранены</translation>
    </message>
    <message>
        <source>Cards without a QR code</source>
        <translation>Карточки без QR-кода</translation>
    </message>
    <message>
        <source>Every hero the list shows ({count})</source>
        <translation>Все герои в списке ({count})</translation>
    </message>
    <message>
        <source>Hero cards</source>
        <translation>Карточки героев</translation>
    </message>
    <message>
        <source>Hero cards — print preview</source>
        <translation>Карточки героев — предварительный просмотр</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Макет:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <source>Print hero cards</source>
        <translation>Печать карточек героев</translation>
    </message>
    <message>
        <source>QR code of the source link</source>
        <translation>QR-код ссылки на источник</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save hero cards as PDF</source>
        <translation>Сохранение карточек героев в PDF</translation>
    </message>
    <message>
        <source>The hero shown ({count})</source>
        <translation>Текущий герой ({count})</translation>
    </message>
    <message>
        <source>The selected heroes ({count})</source>
        <translation>Выбранные герои ({count})</translation>
    </message>
    <message>
        <source>The source link of these heroes is too long for a QR code; their cards were printed without one:</source>
        <translation>Ссылка на источник у этих героев слишком длинная для QR-кода; их карточки напечатаны без него:</translation>
    </message>
    <message>
        <source>US Letter, one card per page</source>
        <translation>US Letter, одна карточка на странице</translation>
    </message>
    <message>
        <source>hero-cards.pdf</source>
        <translation>hero-cards.pdf</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>HeroViewer hero cards</source>
        <translation>Карточки героев HeroViewer</translation>
    </message>
    <message>
        <source>no portrait</source>
        <translation>нет портрета</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>&apos;{field}&apos;: theirs: {theirs}; yours: {yours}</source>
        <translation>&apos;{field}&apos;: у них: {theirs}; у вас: {yours}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>another program is reading the catalogue</source>
        <translation>каталог сейчас читает другая программа</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the hero {id}</source>
        <translation>герой {id}</translation>
    </message>
    <message>
        <source>the news item {id}</source>
        <translation>новость {id}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>{label}: made by a newer HeroViewer (schema revision {revision}); install the newer version to open it</source>
        <translation>{label}: каталог создан более новой версией HeroViewer (редакция схемы {revision}); чтобы открыть его, установите новую версию</translation>
    </message>
    <message>
        <source>{label}: the column {table}.{column} is {kind}, not {spec} as HeroViewer made it</source>
        <translation>{label}: столбец {table}.{column} имеет тип {kind}, а HeroViewer создавал его как {spec}</translation>
    </message>
    <message>
        <source>{label}: the index {name} on {spec} is missing or changed</source>
        <translation>{label}: индекс {name} по {spec} отсутствует или изменён</translation>
    </message>
    <message>
        <source>{label}: the table {table} has a column &apos;{column}&apos; HeroViewer did not make</source>
        <translation>{label}: в таблице {table} есть столбец «{column}», который не создавался HeroViewer</translation>
    </message>
    <message>
        <source>{label}: the table {table} has a trigger &apos;{name}&apos; that HeroViewer did not make</source>
        <translation>{label}: в таблице {table} есть триггер «{name}», который не создавался HeroViewer</translation>
    </message>
    <message>
        <source>{label}: the table {table} has no column &apos;{column}&apos;</source>
        <translation>{label}: в таблице {table} нет столбца «{column}»</translation>
    </message>
    <message>
        <source>{label}: the table {table} is missing</source>
        <translation>{label}: нет таблицы {table}</translation>
    </message>
    <message>
        <source>{label}: there is a table &apos;{table}&apos; that HeroViewer did not make</source>
        <translation>{label}: есть таблица «{table}», которая не создавалась HeroViewer</translation>
    </message>
    <message>
        <source>{label}: there is a view &apos;{name}&apos; that HeroViewer did not make</source>
        <translation>{label}: есть представление «{name}», которое не создавалось HeroViewer</translation>
    </message>
    <message>
        <source>{label}: there is an index &apos;{name}&apos; that HeroViewer did not make</source>
        <translation>{label}: есть индекс «{name}», который не создавался HeroViewer</translation>
    </message>
    <message>
        <source>{label}: {what} has {column} that are not a list of texts</source>
        <translation>{label}: {what}: значение {column} — не список текстов</translation>
    </message>
    <message>
        <source>{label}: {what} has {column} {value}, not a date like 1921, 1921-05 or 1921-05-03</source>
        <translation>{label}: {what}: значение {column} — {value}, а не дата вида 1921, 1921-05 или 1921-05-03</translation>
    </message>
    <message>
        <source>{label}: {what} has {column} {value}, not yes or no</source>
        <translation>{label}: {what}: значение {column} — {value}, а не «да» или «нет»</translation>
    </message>
    <message>
        <source>{path}: a catalogue cannot be copied onto itself</source>
        <translation>{path}: каталог нельзя скопировать в самого себя</translation>
    </message>
    <message>
        <source>{path}: another HeroViewer has it open for editing</source>
        <translation>{path}: файл открыт для изменения в другом окне HeroViewer</translation>
    </message>
    <message>
        <source>{path}: another HeroViewer has it open for editing; nothing copied</source>
        <translation>{path}: каталог открыт для правки в другом HeroViewer; ничего не скопировано</translation>
    </message>
    <message>
        <source>{path}: cannot be changed ({error})</source>
        <translation>{path}: изменить нельзя ({error})</translation>
    </message>
    <message>
        <source>{path}: could not be read ({error})</source>
        <translation>{path}: не удалось прочитать ({error})</translation>
    </message>
    <message>
        <source>{path}: its folder is read-only</source>
        <translation>{path}: папка доступна только для чтения</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue</source>
        <translation>{path}: это не каталог HeroViewer</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue (an SQLite database of another program)</source>
        <translation>{path}: это не каталог HeroViewer (база данных SQLite другой программы)</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue (the file is not an SQLite database)</source>
        <translation>{path}: это не каталог HeroViewer (файл не является базой данных SQLite)</translation>
    </message>
    <message>
        <source>{path}: not a HeroViewer catalogue; nothing copied</source>
        <translation>{path}: это не каталог HeroViewer; ничего не скопировано</translation>
    </message>
    <message>
        <source>{path}: not copied ({error}); the destination is unchanged</source>
        <translation>{path}: не скопировано ({error}); место назначения не изменилось</translation>
    </message>
    <message>
        <source>{path}: not saved: hero {id} was changed on another workstation after you opened it (version {opened}, now {stored}); nothing was overwritten. Refresh (F5) to see their changes, then make yours again.</source>
        <translation>{path}: не сохранено: героя {id} изменили на другом рабочем месте после того, как вы открыли запись (версия {opened}, теперь {stored}); ничего не перезаписано. Обновите (F5), чтобы увидеть их изменения, и внесите свои заново.</translation>
    </message>
    <message>
        <source>{path}: not saved: hero {row}, field &apos;{field}&apos;: {reason}</source>
        <translation>{path}: не сохранено: герой {row}, поле «{field}»: {reason}</translation>
    </message>
    <message>
        <source>{path}: not saved: news {id} was changed on another workstation after you opened it (version {opened}, now {stored}); nothing was overwritten. Refresh (F5) to see their changes, then make yours again.</source>
        <translation>{path}: не сохранено: новость {id} изменили на другом рабочем месте после того, как вы открыли запись (версия {opened}, теперь {stored}); ничего не перезаписано. Обновите (F5), чтобы увидеть их изменения, и внесите свои заново.</translation>
    </message>
    <message>
        <source>{path}: not saved: news {row}, field &apos;{field}&apos;: {reason}</source>
        <translation>{path}: не сохранено: новость {row}, поле «{field}»: {reason}</translation>
    </message>
    <message>
        <source>{path}: roles are granted on a PostgreSQL server (postgresql+psycopg://…); nothing changed</source>
        <translation>{path}: роли выдаются на сервере PostgreSQL (postgresql+psycopg://…); ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: the catalogue cannot be created ({error})</source>
        <translation>{path}: не удалось создать каталог ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue cannot be opened ({error})</source>
        <translation>{path}: не удалось открыть каталог ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue cannot be read ({error})</source>
        <translation>{path}: не удалось прочитать каталог ({error})</translation>
    </message>
    <message>
        <source>{path}: the catalogue is damaged ({problem})</source>
        <translation>{path}: каталог повреждён ({problem})</translation>
    </message>
    <message>
        <source>{path}: the change was not saved ({error})</source>
        <translation>{path}: изменение не сохранено ({error})</translation>
    </message>
    <message>
        <source>{path}: the database cannot be read ({error})</source>
        <translation>{path}: не удалось прочитать базу данных ({error})</translation>
    </message>
    <message>
        <source>{path}: the database role {user} may read this catalogue but not change it; ask for the {editor} role to edit</source>
        <translation>{path}: роль базы данных {user} может читать этот каталог, но не изменять его; для правки попросите роль {editor}</translation>
    </message>
    <message>
        <source>{path}: the destination already holds a catalogue; nothing copied (--replace replaces it)</source>
        <translation>{path}: в месте назначения уже есть каталог; ничего не скопировано (--replace заменит его)</translation>
    </message>
    <message>
        <source>{path}: the file is read-only</source>
        <translation>{path}: файл доступен только для чтения</translation>
    </message>
    <message>
        <source>{path}: the roles were not granted ({error}); nothing changed</source>
        <translation>{path}: роли не выданы ({error}); ничего не изменено</translation>
    </message>
    <message>
        <source>{path}: there is no catalogue file to copy</source>
        <translation>{path}: нет файла каталога для копирования</translation>
    </message>
    <message>
        <source>{path}: there is no hero {id}</source>
        <translation>{path}: героя {id} нет</translation>
    </message>
    <message>
        <source>{path}: there is no news {id}</source>
        <translation>{path}: новости {id} нет</translation>
    </message>
    <message>
        <source>{path}: there is no position set for {id}</source>
        <translation>{path}: для {id} положение не задано</translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Back up the catalogue</source>
        <translation>Создать резервную копию каталога</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Резервная копия сохранена: {file}</translation>
    </message>
    <message>
        <source>Folder of portraits named after the heroes</source>
        <translation>Папка с портретами, названными по именам героев</translation>
    </message>
    <message>
        <source>HeroViewer catalogues (*.sqlite *.db);;All files (*)</source>
        <translation>Каталоги HeroViewer (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n portrait(s)</source>
        <translation>
            <numerusform>Импортировать %n портрет</numerusform>
            <numerusform>Импортировать %n портрета</numerusform>
            <numerusform>Импортировать %n портретов</numerusform>
        </translation>
    </message>
    <message>
        <source>Import portraits</source>
        <translation>Импорт портретов</translation>
    </message>
    <message>
        <source>No backup written</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>Не обновлено</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Portraits not imported</source>
        <translation>Портреты не импортированы</translation>
    </message>
    <message>
        <source>Reading the images in {folder}…</source>
        <translation>Чтение изображений в папке {folder}…</translation>
    </message>
    <message>
        <source>Replace the whole catalogue with the backup {file}? The catalogue as it is now is backed up first.</source>
        <translation>Заменить весь каталог резервной копией {file}? Сначала будет создана резервная копия каталога в его нынешнем виде.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the catalogue from a backup</source>
        <translation>Восстановить каталог из резервной копии</translation>
    </message>
    <message>
        <source>Restored; the catalogue as it was is kept in {file}</source>
        <translation>Восстановлено; прежний каталог сохранён в {file}</translation>
    </message>
    <message numerus="yes">
        <source>Set %n portrait(s)</source>
        <translation>
            <numerusform>Установить %n портрет</numerusform>
            <numerusform>Установить %n портрета</numerusform>
            <numerusform>Установить %n портретов</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared catalogue not opened</source>
        <translation>Общий каталог не открыт</translation>
    </message>
    <message>
        <source>The catalogue is damaged</source>
        <translation>Каталог повреждён</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>Не удалось создать ежедневную резервную копию: {error}</translation>
    </message>
    <message>
        <source>The database {database} on the server {host} cannot be opened: {error}

The catalogue open before stays open.</source>
        <translation>Не удаётся открыть базу данных {database} на сервере {host}: {error}

Ранее открытый каталог остаётся открытым.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring: {error}</source>
        <translation>Не удалось сохранить пароль в хранилище ключей: {error}</translation>
    </message>
    <message>
        <source>What the folder holds, and who each image shows:</source>
        <translation>Что лежит в папке и кто изображён на каждом снимке:</translation>
    </message>
    <message>
        <source>{file}: {error}; the catalogue is unchanged</source>
        <translation>{file}: {error}; каталог не изменён</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest good backup, {backup}? The damaged file is kept aside.</source>
        <translation>{problem}

Восстановить последнюю исправную резервную копию, {backup}? Повреждённый файл будет сохранён отдельно.</translation>
    </message>
    <message>
        <source>{problem}

There is no good backup of it. Make a copy of the file before changing anything.</source>
        <translation>{problem}

Исправной резервной копии нет. Прежде чем что-либо менять, сделайте копию файла.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source> (read-only: {reason})</source>
        <translation> (только для чтения: {reason})</translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s)</source>
        <translation>
            <numerusform>%n новость</numerusform>
            <numerusform>%n новости</numerusform>
            <numerusform>%n новостей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n portrait(s) set</source>
        <translation>
            <numerusform>установлен %n портрет</numerusform>
            <numerusform>установлено %n портрета</numerusform>
            <numerusform>установлено %n портретов</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference viewer of the Heroes of the Soviet Union linked to Tajikistan.</source>
        <translation>Справочник о Героях Советского Союза, связанных с Таджикистаном.</translation>
    </message>
    <message>
        <source>a4: one card per page (the default); a4-4up: four A6 cards per A4 page, with cut marks; a5: one card per A5 page, landscape; letter: one card per US Letter page</source>
        <translation>a4: одна карточка на странице (по умолчанию); a4-4up: четыре карточки A6 на листе A4, с метками для резки; a5: одна карточка на листе A5, альбомная ориентация; letter: одна карточка на листе US Letter</translation>
    </message>
    <message>
        <source>add or update heroes from CSV or JSON, or news from JSON or an RSS/Atom feed</source>
        <translation>добавить или обновить героев из CSV или JSON либо новости из JSON или ленты RSS/Atom</translation>
    </message>
    <message>
        <source>add portraits from a folder of images named after the heroes</source>
        <translation>добавить портреты из папки с изображениями, названными по именам героев</translation>
    </message>
    <message>
        <source>also import texts where &quot;?&quot; seems to replace a Tajik letter (left out by default)</source>
        <translation>импортировать и тексты, где «?», похоже, стоит вместо таджикской буквы (по умолчанию они пропускаются)</translation>
    </message>
    <message>
        <source>catalogue file or SQLAlchemy URL (default: the catalogue in your user data folder; a missing file is created from the bundled data)</source>
        <translation>файл каталога или URL SQLAlchemy (по умолчанию — каталог в папке данных пользователя; если файла нет, он создаётся из встроенных данных)</translation>
    </message>
    <message>
        <source>copy a whole catalogue (heroes, portraits, news, history) to another file or database server</source>
        <translation>скопировать весь каталог (герои, портреты, новости, история) в другой файл или на сервер баз данных</translation>
    </message>
    <message>
        <source>copy the catalogue to a backup file, safely while in use</source>
        <translation>скопировать каталог в файл резервной копии (безопасно и во время работы с каталогом)</translation>
    </message>
    <message>
        <source>crop each image to the card portrait&apos;s shape (3:4)</source>
        <translation>обрезать каждое изображение по формату портрета на карточке (3:4)</translation>
    </message>
    <message>
        <source>default: csv (news: json only)</source>
        <translation>по умолчанию: csv (для новостей только json)</translation>
    </message>
    <message>
        <source>default: heroes</source>
        <translation>по умолчанию: heroes</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>по умолчанию: json</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <source>grant-roles needs --db postgresql+psycopg://…</source>
        <translation>для grant-roles нужен --db postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>heroes as CSV or JSON, news as JSON or a saved RSS/Atom feed (told by its content)</source>
        <translation>герои в CSV или JSON, новости в JSON или в сохранённой ленте RSS/Atom (тип определяется по содержимому)</translation>
    </message>
    <message>
        <source>heroviewer: a new catalogue was created at {path} from the bundled data (there was none there; if you meant another catalogue, check --db)</source>
        <translation>heroviewer: в {path} создан новый каталог из данных, поставляемых с программой (там его не было; если вы имели в виду другой каталог, проверьте --db)</translation>
    </message>
    <message>
        <source>heroviewer: note: the card of {name} has no QR code: its source link is too long for one</source>
        <translation>heroviewer: примечание: {name}: карточка без QR-кода — ссылка на источник слишком длинная для него</translation>
    </message>
    <message>
        <source>heroviewer: warning: {catalogue}: the changes are saved, but kept in the side file {side_file} beside the catalogue, as they could not be written into the catalogue file ({problem}); keep that file with the catalogue and copy both together</source>
        <translation>heroviewer: предупреждение: {catalogue}: изменения сохранены, но находятся во вспомогательном файле {side_file} рядом с каталогом, так как их не удалось записать в файл каталога ({problem}); храните этот файл вместе с каталогом и копируйте их только вместе</translation>
    </message>
    <message>
        <source>home: where the heroes were born (the default); deeds: where they did their deeds</source>
        <translation>home: где герои родились (по умолчанию); deeds: где они совершили подвиги</translation>
    </message>
    <message>
        <source>imported: {added} added, {changed} changed</source>
        <translation>импорт выполнен: добавлено {added}, изменено {changed}</translation>
    </message>
    <message>
        <source>leave out the QR codes</source>
        <translation>не добавлять QR-коды</translation>
    </message>
    <message>
        <source>make the heroviewer_reader and heroviewer_editor roles on a PostgreSQL catalogue</source>
        <translation>создать роли heroviewer_reader и heroviewer_editor для каталога на PostgreSQL</translation>
    </message>
    <message>
        <source>news are exported as JSON (--format json)</source>
        <translation>новости экспортируются в JSON (--format json)</translation>
    </message>
    <message>
        <source>no hero matches {name}</source>
        <translation>ни один герой не найден по запросу {name}</translation>
    </message>
    <message>
        <source>no hero matches {search}; nothing written</source>
        <translation>по запросу {search} герои не найдены; ничего не записано</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>ничего не изменилось</translation>
    </message>
    <message>
        <source>nothing changed (dry run)</source>
        <translation>ничего не изменилось (пробный запуск)</translation>
    </message>
    <message>
        <source>only say what would change</source>
        <translation>только показать, что изменится</translation>
    </message>
    <message>
        <source>only say which file matches whom</source>
        <translation>только показать, какой файл кому соответствует</translation>
    </message>
    <message>
        <source>only the heroes this search finds</source>
        <translation>только герои, найденные по этому запросу</translation>
    </message>
    <message>
        <source>open the catalogue and say what it holds</source>
        <translation>открыть каталог и показать, что в нём</translation>
    </message>
    <message>
        <source>print each hero&apos;s places and where the offline gazetteer puts them</source>
        <translation>вывести места каждого героя и где их находит офлайн-справочник мест</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>сохранить изображение окна в PNG и выйти</translation>
    </message>
    <message>
        <source>replace the catalogue with a backup (the current one is backed up first)</source>
        <translation>заменить каталог резервной копией (сначала создаётся резервная копия текущего каталога)</translation>
    </message>
    <message>
        <source>replace what the destination holds (refused without it)</source>
        <translation>заменить то, что есть в месте назначения (без этого отказ)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <source>the PDF to write: other names are refused</source>
        <translation>файл PDF для записи: другие имена файлов не принимаются</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>файл резервной копии, который будет записан</translation>
    </message>
    <message>
        <source>the backup to restore (checked before anything is replaced)</source>
        <translation>резервная копия для восстановления (проверяется до того, как что-либо будет заменено)</translation>
    </message>
    <message>
        <source>the catalogue as it was is kept in {file}</source>
        <translation>прежний каталог сохранён в {file}</translation>
    </message>
    <message>
        <source>the catalogue to copy: a catalogue file or an SQLAlchemy URL</source>
        <translation>каталог, который нужно скопировать: файл каталога или адрес SQLAlchemy</translation>
    </message>
    <message>
        <source>the file to write: PDF, SVG or PNG</source>
        <translation>файл для записи: PDF, SVG или PNG</translation>
    </message>
    <message>
        <source>the folder of images, each named after its hero (or in a folder named so)</source>
        <translation>папка с изображениями, каждое названо по имени героя (или лежит в папке с таким названием)</translation>
    </message>
    <message>
        <source>the newest good backup is {backup}; to restore it: heroviewer restore &apos;{backup}&apos;</source>
        <translation>самая новая исправная резервная копия — {backup}; чтобы восстановить её: heroviewer restore &apos;{backup}&apos;</translation>
    </message>
    <message>
        <source>the paper size (default: a3)</source>
        <translation>формат бумаги (по умолчанию: a3)</translation>
    </message>
    <message>
        <source>where to copy it: a catalogue file or an SQLAlchemy URL (one that holds records only with --replace)</source>
        <translation>куда копировать: файл каталога или адрес SQLAlchemy (каталог, в котором уже есть записи, — только с --replace)</translation>
    </message>
    <message>
        <source>with --screenshot: show this hero</source>
        <translation>с --screenshot: показать этого героя</translation>
    </message>
    <message>
        <source>with --screenshot: the tab to show</source>
        <translation>с --screenshot: какую вкладку показать</translation>
    </message>
    <message>
        <source>write hero cards to a PDF, with no window</source>
        <translation>записать карточки героев в PDF без открытия окна</translation>
    </message>
    <message>
        <source>write heroes or news to a CSV or JSON file</source>
        <translation>записать героев или новости в файл CSV или JSON</translation>
    </message>
    <message>
        <source>write the figures as a wall panel</source>
        <translation>записать цифры как настенный стенд</translation>
    </message>
    <message>
        <source>write the map as a wall panel</source>
        <translation>записать карту как настенный стенд</translation>
    </message>
    <message>
        <source>write the timeline as a wall panel</source>
        <translation>записать хронологию как настенный стенд</translation>
    </message>
    <message>
        <source>{catalogue} backed up to {file}</source>
        <translation>{catalogue}: резервная копия сохранена в {file}</translation>
    </message>
    <message numerus="yes">
        <source>{catalogue}: %n hero(es), {news}{state}</source>
        <translation>
            <numerusform>{catalogue}: %n герой, {news}{state}</numerusform>
            <numerusform>{catalogue}: %n героя, {news}{state}</numerusform>
            <numerusform>{catalogue}: %n героев, {news}{state}</numerusform>
        </translation>
    </message>
    <message>
        <source>{catalogue}: the roles {reader} (may read) and {editor} (may read and change) are ready; make each member of staff a login in one of them, for example: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE {editor};</source>
        <translation>{catalogue}: роли {reader} (может читать) и {editor} (может читать и изменять) готовы; дайте каждому сотруднику вход в одной из них, например: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE {editor};</translation>
    </message>
    <message>
        <source>{file} restored from {backup}</source>
        <translation>файл {file} восстановлен из резервной копии {backup}</translation>
    </message>
    <message>
        <source>{file} written</source>
        <translation>файл {file} записан</translation>
    </message>
    <message>
        <source>{file} written, but {problem}</source>
        <translation>файл {file} записан, но {problem}</translation>
    </message>
    <message>
        <source>{file}: cards are written as PDF: give a file name ending in .pdf</source>
        <translation>{file}: карточки записываются в PDF: укажите имя файла с расширением .pdf</translation>
    </message>
    <message>
        <source>{file}: no backup written: {reason}; the catalogue is unchanged</source>
        <translation>{file}: резервная копия не записана: {reason}; каталог не изменён</translation>
    </message>
    <message>
        <source>{file}: not exported: {reason}</source>
        <translation>{file}: не экспортировано: {reason}</translation>
    </message>
    <message>
        <source>{file}: not restored: {reason}</source>
        <translation>{file}: не восстановлено: {reason}</translation>
    </message>
    <message>
        <source>{file}: not written: {reason}</source>
        <translation>{file}: не записано: {reason}</translation>
    </message>
    <message>
        <source>{file}: written ({size})</source>
        <translation>{file}: записано ({size})</translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: такой папки нет</translation>
    </message>
    <message>
        <source>{source} copied to {destination}: {heroes} heroes, {news} news items, {portraits} portraits, {history} history entries</source>
        <translation>{source} скопирован в {destination}: героев: {heroes}, новостей: {news}, портретов: {portraits}, записей истории: {history}</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The server {host} cannot be reached; HeroViewer tries again every 10 seconds</source>
        <translation>Сервер {host} недоступен; HeroViewer повторяет попытку каждые 10 секунд</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Албания</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Алжир</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Босния и Герцеговина</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
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
        <translation>Египет</translation>
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
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Греция</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Иордания</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Кувейт</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Ливан</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Ливия</translation>
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
        <translation>Монголия</translation>
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
        <translation>КНДР</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Северная Македония</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Палестина</translation>
    </message>
    <message>
        <source>People&apos;s Republic of China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
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
        <translation>Республика Корея</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Тунис</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Åland</source>
        <translation>Аландские острова</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>The value is already what that change replaced.</source>
        <translation>Значение уже такое, каким было до этого изменения.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message numerus="yes">
        <source>%n hero(es) written to {file}</source>
        <translation>
            <numerusform>В файл {file} записан %n герой</numerusform>
            <numerusform>В файл {file} записано %n героя</numerusform>
            <numerusform>В файл {file} записано %n героев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s) written to {file}</source>
        <translation>
            <numerusform>В файл {file} записана %n новость</numerusform>
            <numerusform>В файл {file} записано %n новости</numerusform>
            <numerusform>В файл {file} записано %n новостей</numerusform>
        </translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>Всех ({count})</translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice (*.csv);;JSON (*.json)</source>
        <translation>CSV для Excel и LibreOffice (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export heroes</source>
        <translation>Экспорт героев</translation>
    </message>
    <message>
        <source>Export news</source>
        <translation>Экспорт новостей</translation>
    </message>
    <message>
        <source>Export which heroes?</source>
        <translation>Каких героев экспортировать?</translation>
    </message>
    <message>
        <source>Heroes or news (*.csv *.txt *.json *.xml *.rss *.atom);;All files (*)</source>
        <translation>Герои или новости (*.csv *.txt *.json *.xml *.rss *.atom);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import heroes or news</source>
        <translation>Импорт героев или новостей</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт: {file}</translation>
    </message>
    <message>
        <source>Imported from {file}: {added} added, {changed} changed</source>
        <translation>Импорт из {file}: добавлено {added}, изменено {changed}</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>The {count} shown</source>
        <translation>Только показанных ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, %Ln record(s)</source>
        <translation>
            <numerusform>{file}: {kind}, %Ln запись</numerusform>
            <numerusform>{file}: {kind}, %Ln записи</numerusform>
            <numerusform>{file}: {kind}, %Ln записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
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
        <translation>Экспорт стенда</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Size of the wall panel</source>
        <translation>Размер стенда</translation>
    </message>
    <message>
        <source>The paper size of the exported panel</source>
        <translation>Формат бумаги экспортируемого стенда</translation>
    </message>
    <message>
        <source>Write this view as a PDF, SVG or PNG wall panel</source>
        <translation>Записать этот вид как настенный стенд PDF, SVG или PNG</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Awarded posthumously</source>
        <translation>Награждены посмертно</translation>
    </message>
    <message>
        <source>By branch of service</source>
        <translation>По роду войск</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>По национальности</translation>
    </message>
    <message>
        <source>By year of the decree</source>
        <translation>По году указа</translation>
    </message>
    <message>
        <source>Heroes by group</source>
        <translation>Герои по группам</translation>
    </message>
    <message>
        <source>Records needing research</source>
        <translation>Записи, требующие исследования</translation>
    </message>
    <message>
        <source>This catalogue holds {held} of the {total} heroes the published sources count</source>
        <translation>В каталоге {held} из {total} героев, которых насчитывают опубликованные источники</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>others</source>
        <translation>другие</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Figures of the catalogue</source>
        <translation>Цифры каталога</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>{path}: a link to {target}, which does not exist</source>
        <translation>{path}: ссылка на несуществующий объект {target}</translation>
    </message>
    <message>
        <source>{path}: a loop of links that reaches no file</source>
        <translation>{path}: ссылки образуют цикл и не ведут ни к одному файлу</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: не удалось прочитать ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot write here (permission denied)</source>
        <translation>{path}: запись сюда невозможна (нет доступа)</translation>
    </message>
    <message>
        <source>{path}: is a device, not a file; only files can be opened</source>
        <translation>{path}: это устройство, а не файл; открыть можно только файл</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: это папка, а не файл</translation>
    </message>
    <message>
        <source>{path}: is a named pipe (FIFO), not a file; only files can be opened</source>
        <translation>{path}: это именованный канал (FIFO), а не файл; открыть можно только файл</translation>
    </message>
    <message>
        <source>{path}: is a socket, not a file; only files can be opened</source>
        <translation>{path}: это сокет, а не файл; открыть можно только файл</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: такого файла нет</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>{reason}; nothing was written</source>
        <translation>{reason}; ничего не записано</translation>
    </message>
    <message>
        <source>{reason}; the previous file is kept</source>
        <translation>{reason}; прежний файл сохранён</translation>
    </message>
    <message>
        <source>{target}: this is the catalogue {catalogue} itself; writing there would destroy it. Nothing was written: choose another file</source>
        <translation>{target}: это сам каталог {catalogue}; запись в этот файл уничтожила бы каталог. Ничего не записано: выберите другой файл</translation>
    </message>
    <message>
        <source>{target}: this is the catalogue {catalogue}&apos;s working file ({role}); writing there would destroy it. Nothing was written: choose another file</source>
        <translation>{target}: это рабочий файл каталога {catalogue} ({role}); запись в этот файл уничтожила бы каталог. Ничего не записано: выберите другой файл</translation>
    </message>
</context>
<context>
    <name>Geography</name>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} не читается: {reason}</translation>
    </message>
    <message>
        <source>{file} is damaged: {where}</source>
        <translation>{file} повреждён: {where}</translation>
    </message>
    <message>
        <source>{file}: larger than 50 MB, not read</source>
        <translation>{file}: больше 50 МБ, не прочитан</translation>
    </message>
</context>
<context>
    <name>HeroCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Добавление: {name}</translation>
    </message>
    <message>
        <source>Delete hero</source>
        <translation>Удаление героя</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удаление: {name}</translation>
    </message>
    <message>
        <source>Delete {name} from the catalogue? You can undo this (Ctrl+Z), and the record stays in the history.</source>
        <translation>Удалить героя {name} из каталога? Это можно отменить (Ctrl+Z), а запись останется в истории изменений.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <source>New hero</source>
        <translation>Новый герой</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Portrait not changed</source>
        <translation>Портрет не изменён</translation>
    </message>
    <message>
        <source>Portrait of {name}</source>
        <translation>Портрет: {name}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение файла {file}…</translation>
    </message>
    <message>
        <source>Remove portrait of {name}</source>
        <translation>Удаление портрета: {name}</translation>
    </message>
</context>
<context>
    <name>HeroDetail</name>
    <message>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Родился</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Род войск</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Decree of</source>
        <translation>Указ от</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Умер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Hero of the Soviet Union</source>
        <translation>Герой Советского Союза</translation>
    </message>
    <message>
        <source>Hero&apos;s record</source>
        <translation>Запись о герое</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan</source>
        <translation>Герои Советского Союза, связанные с Таджикистаном</translation>
    </message>
    <message>
        <source>Latin:</source>
        <translation>Латиницей:</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Ссылка не открыта</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>No account of the deed yet</source>
        <translation>Описания подвига пока нет</translation>
    </message>
    <message>
        <source>No hero matches the search.</source>
        <translation>Ни один герой не найден.</translation>
    </message>
    <message>
        <source>No web browser could be started to open {link}. The address is copied: paste it into a browser on a computer with internet access.</source>
        <translation>Не удалось запустить веб-браузер, чтобы открыть {link}. Адрес скопирован: вставьте его в браузер на компьютере с доступом в интернет.</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Посмертно</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Воинское звание</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Проверка сведений</translation>
    </message>
    <message>
        <source>Research note:</source>
        <translation>Примечание исследователя:</translation>
    </message>
    <message>
        <source>Russian:</source>
        <translation>По-русски:</translation>
    </message>
    <message>
        <source>Select a hero in the table to read the record.</source>
        <translation>Выберите героя в таблице, чтобы прочитать запись о нём.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Заметки сотрудников</translation>
    </message>
    <message>
        <source>Tajik:</source>
        <translation>По-таджикски:</translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation>Текст на английском</translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation>Текст на русском</translation>
    </message>
    <message>
        <source>Text in Tajik</source>
        <translation>Текст на таджикском</translation>
    </message>
    <message>
        <source>The deed</source>
        <translation>Подвиг</translation>
    </message>
    <message>
        <source>The published sources count {total} Heroes of the Soviet Union linked to the Republic of Tajikistan (some give 63 or 65). This catalogue holds {held} of the {total}: those whose names and facts could be confirmed so far.</source>
        <translation>По данным опубликованных источников, Героев Советского Союза, связанных с Республикой Таджикистан, — {total} (в некоторых источниках — 63 или 65). В этом каталоге их {held} из {total}: те, чьи имена и сведения пока удалось подтвердить.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation>Перевод — требует проверки сотрудниками</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>no portrait</source>
        <translation>нет портрета</translation>
    </message>
    <message>
        <source>no, in his lifetime</source>
        <translation>нет, при жизни</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>{count} records need research (low confidence or missing key facts): tick “Needs research” above the table to list them.</source>
        <translation>Записей, требующих проверки (низкая достоверность или нет ключевых сведений): {count}. Чтобы показать их, отметьте «Нужна проверка» над таблицей.</translation>
    </message>
</context>
<context>
    <name>HeroTableModel</name>
    <message>
        <source>Birthplace</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Branch and unit</source>
        <translation>Род войск и часть</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Указ</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Latin-script name</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Посмертно</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Воинское звание</translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation>Имя по-русски</translation>
    </message>
</context>
<context>
    <name>HeroesPage</name>
    <message>
        <source>Heroes</source>
        <translation>Герои</translation>
    </message>
    <message>
        <source>Needs research</source>
        <translation>Нужна проверка</translation>
    </message>
    <message numerus="yes">
        <source>No exact match, showing near matches: {shown} of %n hero(es)</source>
        <translation>
            <numerusform>Точных совпадений нет, показаны похожие: {shown} из %n героя</numerusform>
            <numerusform>Точных совпадений нет, показаны похожие: {shown} из %n героев</numerusform>
            <numerusform>Точных совпадений нет, показаны похожие: {shown} из %n героев</numerusform>
        </translation>
    </message>
    <message>
        <source>Only records with low confidence or missing key facts</source>
        <translation>Только записи с низкой достоверностью или без ключевых сведений</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
    <message>
        <source>Search heroes</source>
        <translation>Поиск героев</translation>
    </message>
    <message>
        <source>Search names, places, units, deeds — any script</source>
        <translation>Поиск по именам, местам, частям, подвигам — на любом алфавите</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n hero(es)</source>
        <translation>
            <numerusform>Показано {shown} из %n героя</numerusform>
            <numerusform>Показано {shown} из %n героев</numerusform>
            <numerusform>Показано {shown} из %n героев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation>История изменений не показана</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>История изменений: {name}</translation>
    </message>
    <message>
        <source>No changes have been saved to this record yet.</source>
        <translation>В этой записи ещё не сохранено ни одного изменения.</translation>
    </message>
    <message>
        <source>Not reverted</source>
        <translation>Откат не выполнен</translation>
    </message>
    <message>
        <source>Revert a change of {when}</source>
        <translation>Откат изменения от {when}</translation>
    </message>
    <message>
        <source>Revert this change</source>
        <translation>Откатить это изменение</translation>
    </message>
    <message>
        <source>Saved changes</source>
        <translation>Сохранённые изменения</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>портрет</translation>
    </message>
    <message>
        <source>portraits imported</source>
        <translation>импорт портретов</translation>
    </message>
    <message>
        <source>position set</source>
        <translation>положение задано</translation>
    </message>
    <message>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>повтор</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>откат</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>отмена</translation>
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
        <translation>массив JSON, но в нём нет ни героев (с именем), ни новостей (с заголовком)</translation>
    </message>
    <message>
        <source>brackets are nested more than {levels:,} levels deep (a hero or news file needs 3)</source>
        <translation>глубина вложенности скобок больше {levels:,} (файлу героев или новостей достаточно 3)</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;: {reason}</source>
        <translation>столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <source>every record needs a stable id</source>
        <translation>у каждой записи должен быть постоянный идентификатор (id)</translation>
    </message>
    <message>
        <source>expected a JSON array of heroes or news items</source>
        <translation>ожидался массив JSON с героями или новостями</translation>
    </message>
    <message>
        <source>expected a JSON array of records at the top level</source>
        <translation>на верхнем уровне ожидался массив JSON с записями</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>ожидался список строк</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>expected text or null, found {value}</source>
        <translation>ожидался текст или null, найдено: {value}</translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation>ожидалось true, false или null</translation>
    </message>
    <message>
        <source>heroes (CSV)</source>
        <translation>герои (CSV)</translation>
    </message>
    <message>
        <source>heroes (JSON)</source>
        <translation>герои (JSON)</translation>
    </message>
    <message>
        <source>holds half a character (a lone \u surrogate escape such as \ud800, written by a faulty program); correct it in the file</source>
        <translation>содержит половину символа (одиночную суррогатную escape-последовательность \u, например \ud800, — так пишет программа с ошибкой); исправьте это в файле</translation>
    </message>
    <message>
        <source>item {number} ({title}): {reason}; left out</source>
        <translation>элемент {number} ({title}): {reason}; пропущен</translation>
    </message>
    <message>
        <source>item {number}: has no title</source>
        <translation>элемент {number}: нет заголовка</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): not a hero field</source>
        <translation>строка 1, столбец {number} («{cell}»): у героя нет такого поля</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): not a hero field; did you mean &apos;{close}&apos;?</source>
        <translation>строка 1, столбец {number} («{cell}»): у героя нет такого поля; возможно, имелось в виду «{close}»?</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): the column appears twice</source>
        <translation>строка 1, столбец {number} («{cell}»): столбец повторяется</translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): this label heads different fields in different languages ({keys}); head the column with one of these keys</source>
        <translation>строка 1, столбец {number} («{cell}»): этот заголовок на разных языках означает разные поля ({keys}); озаглавьте столбец одним из этих ключей</translation>
    </message>
    <message>
        <source>line 1: missing required column: one of {names} is needed</source>
        <translation>строка 1: нет обязательного столбца: нужен один из столбцов {names}</translation>
    </message>
    <message>
        <source>line 1: the header has {columns:,} columns; at most {most} are read (a hero has {fields} fields)</source>
        <translation>строка 1: столбцов в заголовке: {columns:,}; читается не более {most} (полей у героя: {fields})</translation>
    </message>
    <message>
        <source>line {line}, column {column}: a number of {length:,} characters (at most {most})</source>
        <translation>строка {line}, столбец {column}: слишком длинное число — знаков: {length:,} (допустимо не более {most})</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <translation>строка {line}, позиция {column}: некорректный JSON ({reason})</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not well-formed XML ({reason})</source>
        <translation>строка {line}, позиция {column}: некорректный XML ({reason})</translation>
    </message>
    <message>
        <source>line {line}, {reason}</source>
        <translation>строка {line}, {reason}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <source>news (JSON)</source>
        <translation>новости (JSON)</translation>
    </message>
    <message>
        <source>news (RSS or Atom feed)</source>
        <translation>новости (лента RSS или Atom)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>not a text file: HeroViewer imports CSV, JSON and RSS/Atom</source>
        <translation>это не текстовый файл: HeroViewer импортирует CSV, JSON и RSS/Atom</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>это не лента RSS или Atom</translation>
    </message>
    <message>
        <source>not {encoding} text ({reason} at byte {byte})</source>
        <translation>это не текст в кодировке {encoding} ({reason}, байт {byte})</translation>
    </message>
    <message>
        <source>record {record}, field &apos;{field}&apos;: {reason}</source>
        <translation>запись {record}, поле «{field}»: {reason}</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>запись {record}: {reason}</translation>
    </message>
    <message>
        <source>refused: the XML declares an entity that reads {outside}, outside the file (a feed saved from a website needs none)</source>
        <translation>отклонено: в XML объявлена сущность, которая читает {outside} за пределами файла (ленте, сохранённой с сайта, сущности не нужны)</translation>
    </message>
    <message>
        <source>refused: the XML declares entities, which can grow a small file into gigabytes (a feed saved from a website needs none)</source>
        <translation>отклонено: в XML объявлены сущности, которые могут раздуть маленький файл до гигабайтов (ленте, сохранённой с сайта, сущности не нужны)</translation>
    </message>
    <message>
        <source>refused: the XML declares the entity {name}, which can grow a small file into gigabytes (a feed saved from a website needs none)</source>
        <translation>отклонено: в XML объявлена сущность {name}, которая может раздуть маленький файл до гигабайтов (ленте, сохранённой с сайта, сущности не нужны)</translation>
    </message>
    <message>
        <source>the JSON array is empty: nothing to import</source>
        <translation>массив JSON пуст: импортировать нечего</translation>
    </message>
    <message>
        <source>the date {date} is not between {first} and {last}</source>
        <translation>дата {date} вне диапазона {first} — {last}</translation>
    </message>
    <message>
        <source>the file is empty: no header line</source>
        <translation>файл пуст: нет строки заголовка</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; at most {most} MB</source>
        <translation>размер файла {size:.0f} МБ; допустимо не более {most} МБ</translation>
    </message>
    <message>
        <source>this is a PDF document: HeroViewer imports CSV, JSON and RSS/Atom files</source>
        <translation>это документ PDF: HeroViewer импортирует файлы CSV, JSON и RSS/Atom</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it from Excel as &apos;CSV UTF-8 (Comma delimited)&apos; or from LibreOffice as &apos;Text CSV&apos;, then import that file</source>
        <translation>это книга электронных таблиц (.xlsx или .ods), а не CSV: сохраните её в Excel как «CSV UTF-8 (разделитель - запятая)» или в LibreOffice как «Текст CSV» и импортируйте полученный файл</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls), not CSV: save it from Excel as &apos;CSV UTF-8 (Comma delimited)&apos; or from LibreOffice as &apos;Text CSV&apos;, then import that file</source>
        <translation>это книга Excel старого формата (.xls), а не CSV: сохраните её в Excel как «CSV UTF-8 (разделитель - запятая)» или в LibreOffice как «Текст CSV» и импортируйте полученный файл</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>{id} is used by an earlier record</source>
        <translation>{id} уже используется в одной из предыдущих записей</translation>
    </message>
    <message>
        <source>{path}: cannot be imported:</source>
        <translation>{path}: импорт невозможен:</translation>
    </message>
    <message>
        <source>{text} is not yes or no</source>
        <translation>{text} — не «да» и не «нет»</translation>
    </message>
    <message>
        <source>{values} values for {columns} columns</source>
        <translation>значений: {values}, а столбцов: {columns}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n of the changes would empty a value that is filled now (a blank cell in the file). They are marked with this sign below: check them before you import.</source>
        <translation>
            <numerusform>%n изменение очистит значение, которое сейчас заполнено (пустая ячейка в файле). Такие изменения отмечены ниже этим знаком: проверьте их перед импортом.</numerusform>
            <numerusform>%n изменения очистят значения, которые сейчас заполнены (пустые ячейки в файле). Такие изменения отмечены ниже этим знаком: проверьте их перед импортом.</numerusform>
            <numerusform>%n изменений очистят значения, которые сейчас заполнены (пустые ячейки в файле). Такие изменения отмечены ниже этим знаком: проверьте их перед импортом.</numerusform>
        </translation>
    </message>
    <message>
        <source>A &quot;?&quot; stands where the catalogue has a letter, or inside a Cyrillic word: probably a Tajik letter lost by saving the sheet in Windows-1251. Left out unless you tick it.</source>
        <translation>Знак «?» стоит там, где в каталоге буква, или внутри слова на кириллице: вероятно, таджикская буква потерялась при сохранении таблицы в Windows-1251. Не импортируется, если вы не поставите флажок.</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>После импорта</translation>
    </message>
    <message numerus="yes">
        <source>Already in the catalogue (same link, guid, or date and title): %Ln</source>
        <translation>
            <numerusform>Уже есть в каталоге (та же ссылка, guid или дата и заголовок): %Ln</numerusform>
            <numerusform>Уже есть в каталоге (та же ссылка, guid или дата и заголовок): %Ln</numerusform>
            <numerusform>Уже есть в каталоге (та же ссылка, guid или дата и заголовок): %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln hero(es)</source>
        <translation>
            <numerusform>Импортировать %Ln героя</numerusform>
            <numerusform>Импортировать %Ln героев</numerusform>
            <numerusform>Импортировать %Ln героев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln news item(s)</source>
        <translation>
            <numerusform>Импортировать %Ln новость</numerusform>
            <numerusform>Импортировать %Ln новости</numerusform>
            <numerusform>Импортировать %Ln новостей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, conflicts: %Ln</source>
        <translation>
            <numerusform>Пропущено из-за конфликтов: %Ln</numerusform>
            <numerusform>Пропущено из-за конфликтов: %Ln</numerusform>
            <numerusform>Пропущено из-за конфликтов: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln</source>
        <translation>
            <numerusform>Пропущено: %Ln</numerusform>
            <numerusform>Пропущено: %Ln</numerusform>
            <numerusform>Пропущено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Nothing can be imported: the records listed under Left out conflict with the catalogue, and the others are in it already.</source>
        <translation>Импортировать нечего: записи из списка «Пропущено» конфликтуют с каталогом, а остальные в нём уже есть.</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import. The import is one step: Edit → Undo takes all of it back, and History shows each change. Untick a record or a change to leave it out.</source>
        <translation>Пока вы не нажмёте «Импортировать», ничего не изменится. Импорт выполняется одним шагом: Правка → Отменить отменяет его целиком, а в истории изменений видно каждое изменение. Снимите флажок с записи или изменения, чтобы не импортировать их.</translation>
    </message>
    <message>
        <source>Nothing to import: the catalogue already holds everything in the file.</source>
        <translation>Импортировать нечего: всё, что есть в файле, уже есть в каталоге.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Запись и поле</translation>
    </message>
    <message>
        <source>Records with a &quot;?&quot; where the catalogue has a letter, or inside a Cyrillic word: {count}. The spreadsheet was probably saved in Windows-1251, which cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. Those changes are unticked below and left out; tick one only if its &quot;?&quot; is meant.
To keep the letters, save the sheet as UTF-8 and import that file: in Excel, Save As → &quot;CSV UTF-8 (Comma delimited)&quot;; in LibreOffice, Save As → Text CSV with the character set &quot;Unicode (UTF-8)&quot;.</source>
        <translation>Записей со знаком «?» там, где в каталоге буква, или внутри слова на кириллице: {count}. Вероятно, таблица была сохранена в Windows-1251, где нет таджикских букв ғ ӣ қ ӯ ҳ ҷ. Эти изменения ниже не отмечены и не будут импортированы; ставьте флажок, только если знак «?» стоит намеренно.
Чтобы сохранить буквы, сохраните таблицу в UTF-8 и импортируйте этот файл: в Excel — «Сохранить как» → «CSV UTF-8 (разделитель — запятая)»; в LibreOffice — «Сохранить как» → «Текст CSV» с кодировкой «Юникод (UTF-8)».</translation>
    </message>
    <message numerus="yes">
        <source>To add: %Ln hero(es)</source>
        <translation>
            <numerusform>Добавить: %Ln герой</numerusform>
            <numerusform>Добавить: %Ln героя</numerusform>
            <numerusform>Добавить: %Ln героев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To add: %Ln news item(s)</source>
        <translation>
            <numerusform>Добавить: %Ln новость</numerusform>
            <numerusform>Добавить: %Ln новости</numerusform>
            <numerusform>Добавить: %Ln новостей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To change: %Ln hero(es)</source>
        <translation>
            <numerusform>Изменить: %Ln герой</numerusform>
            <numerusform>Изменить: %Ln героя</numerusform>
            <numerusform>Изменить: %Ln героев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln hero(es)</source>
        <translation>
            <numerusform>Без изменений: %Ln герой</numerusform>
            <numerusform>Без изменений: %Ln героя</numerusform>
            <numerusform>Без изменений: %Ln героев</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Что изменит импорт</translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was changed.</source>
        <translation>Файл {file} нельзя импортировать; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>  In these, {how}</source>
        <translation>  В них {how}</translation>
    </message>
    <message>
        <source>  Of these changes, {count} would empty a value that is filled now (a blank cell in the file); check them below</source>
        <translation>  Изменений, которые очистят значение, заполненное сейчас (пустая ячейка в файле): {count}; проверьте их ниже</translation>
    </message>
    <message>
        <source>  To import them as they are, add --accept-damaged.</source>
        <translation>  Чтобы импортировать их как есть, добавьте --accept-damaged.</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … и ещё {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n hero(es)</source>
        <translation>
            <numerusform>%n герой</numerusform>
            <numerusform>%n героя</numerusform>
            <numerusform>%n героев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s)</source>
        <translation>
            <numerusform>%n новость</numerusform>
            <numerusform>%n новости</numerusform>
            <numerusform>%n новостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Already present (same link, guid, or date and title), not added: {count}</source>
        <translation>Уже есть (та же ссылка, guid или дата и заголовок), не добавлено: {count}</translation>
    </message>
    <message>
        <source>Conflicts, left out: {count}</source>
        <translation>Пропущено из-за конфликтов: {count}</translation>
    </message>
    <message>
        <source>Left out: {count}</source>
        <translation>Пропущено: {count}</translation>
    </message>
    <message>
        <source>Looks damaged, imported anyway (--accept-damaged): {count}</source>
        <translation>Выглядят повреждёнными, но импортированы (--accept-damaged): {count}</translation>
    </message>
    <message>
        <source>Looks damaged, left out (a new record whole, a change in the fields named): {count}</source>
        <translation>Выглядят повреждёнными, пропущены (новая запись — целиком, изменение — в названных полях): {count}</translation>
    </message>
    <message>
        <source>To add: {count}</source>
        <translation>Добавить: {count}</translation>
    </message>
    <message>
        <source>To change: {count}</source>
        <translation>Изменить: {count}</translation>
    </message>
    <message>
        <source>Unchanged: {count}</source>
        <translation>Без изменений: {count}</translation>
    </message>
    <message>
        <source>a &quot;?&quot; stands where the catalogue has a letter, or inside a Cyrillic word: the spreadsheet was probably saved in Windows-1251, which cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. Save it as UTF-8 and import that file: in Excel, Save As → &apos;CSV UTF-8 (Comma delimited)&apos;; in LibreOffice, Save As → Text CSV with the character set &apos;Unicode (UTF-8)&apos;.</source>
        <translation>знак «?» стоит там, где в каталоге буква, или внутри слова на кириллице: вероятно, таблица была сохранена в Windows-1251, где нет таджикских букв ғ ӣ қ ӯ ҳ ҷ. Сохраните её в UTF-8 и импортируйте этот файл: в Excel — «Сохранить как» → «CSV UTF-8 (разделитель — запятая)»; в LibreOffice — «Сохранить как» → «Текст CSV» с кодировкой «Юникод (UTF-8)».</translation>
    </message>
    <message>
        <source>new id {id}, but the name {name} is hero {other}</source>
        <translation>новый ID {id}, но имя {name} принадлежит герою {other}</translation>
    </message>
    <message>
        <source>record {number} ({name}): the same hero as record {other}</source>
        <translation>запись {number} ({name}): тот же герой, что и в записи {other}</translation>
    </message>
    <message>
        <source>record {number} ({name}): {problem}</source>
        <translation>запись {number} ({name}): {problem}</translation>
    </message>
    <message>
        <source>the name {name} belongs to {count} heroes; give the hero&apos;s id</source>
        <translation>героев с именем {name}: {count}; укажите ID героя</translation>
    </message>
    <message>
        <source>{change}   (? looks damaged)</source>
        <translation>{change}   (? похоже на повреждение)</translation>
    </message>
    <message numerus="yes">
        <source>{path}: {kind}, %n record(s)</source>
        <translation>
            <numerusform>{path}: {kind}, %n запись</numerusform>
            <numerusform>{path}: {kind}, %n записи</numerusform>
            <numerusform>{path}: {kind}, %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>Selected {name}: Ctrl+1 shows the record</source>
        <translation>Выбрано: {name}. Ctrl+1 покажет запись</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A new catalogue was created at {path} from the bundled data</source>
        <translation>В {path} создан новый каталог из данных, поставляемых с программой</translation>
    </message>
    <message>
        <source>About HeroViewer</source>
        <translation>О программе HeroViewer</translation>
    </message>
    <message>
        <source>CSTO Secretariat news</source>
        <translation>Новости Секретариата ОДКБ</translation>
    </message>
    <message>
        <source>Changes kept in a side file</source>
        <translation>Изменения во вспомогательном файле</translation>
    </message>
    <message>
        <source>Heroes</source>
        <translation>Герои</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse and print; changes cannot be saved.</source>
        <translation>Только для чтения: {reason}. Можно просматривать и печатать; сохранить изменения нельзя.</translation>
    </message>
    <message>
        <source>Your changes are saved, but they are kept in the side file {wal} beside the catalogue, as they could not be written into the catalogue file ({problem}). Keep that file with the catalogue: copy both together.</source>
        <translation>Ваши изменения сохранены, но находятся во вспомогательном файле {wal} рядом с каталогом, так как их не удалось записать в файл каталога ({problem}). Храните этот файл вместе с каталогом и копируйте их только вместе.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n hero(es) at {places}</source>
        <translation>
            <numerusform>%n герой в {places}</numerusform>
            <numerusform>%n героя в {places}</numerusform>
            <numerusform>%n героев в {places}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <comment>the map&apos;s summary: heroes at how many places</comment>
        <translation>
            <numerusform>%n месте</numerusform>
            <numerusform>%n местах</numerusform>
            <numerusform>%n местах</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Home places</source>
        <translation>&amp;Родные места</translation>
    </message>
    <message>
        <source>A number: how many heroes there</source>
        <translation>Число — сколько там героев</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom</source>
        <translation>Сдвиг — мышью или стрелками, масштаб — колесом или + и −</translation>
    </message>
    <message>
        <source>Map of the heroes&apos; places</source>
        <translation>Карта мест героев</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n hero(es) on the map…</source>
        <translation>
            <numerusform>Размещение %n героя на карте…</numerusform>
            <numerusform>Размещение %n героев на карте…</numerusform>
            <numerusform>Размещение %n героев на карте…</numerusform>
        </translation>
    </message>
    <message>
        <source>Red: the place as recorded · Orange: approximate (district or region centre)</source>
        <translation>Красный — место из записи · оранжевый — приблизительно, центр района или области</translation>
    </message>
    <message>
        <source>The country outlines cannot be drawn: {problem}</source>
        <translation>Контуры стран не показаны: {problem}</translation>
    </message>
    <message>
        <source>The places cannot be found: {problem}</source>
        <translation>Места не найдены: {problem}</translation>
    </message>
    <message>
        <source>The regions and district centres cannot be drawn: {problem}</source>
        <translation>Области и районные центры не показаны: {problem}</translation>
    </message>
    <message>
        <source>Where the deeds were done</source>
        <translation>Где совершены подвиги</translation>
    </message>
    <message>
        <source>Where the heroes were born</source>
        <translation>Где родились герои</translation>
    </message>
    <message>
        <source>Where they &amp;fought</source>
        <translation>Где они &amp;сражались</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not placed ({count}): {names}</source>
        <translation>не на карте ({count}): {names}</translation>
    </message>
    <message>
        <source>{place} (approximate: the centre of the district or region)</source>
        <translation>{place} (приблизительно: центр района или области)</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>NewsCommands</name>
    <message>
        <source>Add news “{title}”</source>
        <translation>Добавление новости «{title}»</translation>
    </message>
    <message>
        <source>Delete news item</source>
        <translation>Удаление новости</translation>
    </message>
    <message>
        <source>Delete news “{title}”</source>
        <translation>Удаление новости «{title}»</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this (Ctrl+Z).</source>
        <translation>Удалить новость «{title}»? Это можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Edit news item</source>
        <translation>Изменение новости</translation>
    </message>
    <message>
        <source>Edit news “{title}”</source>
        <translation>Изменение новости «{title}»</translation>
    </message>
    <message>
        <source>New news item</source>
        <translation>Добавление новости</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>Новость</translation>
    </message>
    <message>
        <source>News items</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Page read:</source>
        <translation>Просмотренная страница:</translation>
    </message>
    <message>
        <source>Search the news</source>
        <translation>Поиск по новостям</translation>
    </message>
    <message>
        <source>Search the news…</source>
        <translation>Поиск по новостям…</translation>
    </message>
    <message>
        <source>Select a news item to read it.</source>
        <translation>Выберите новость, чтобы прочитать её.</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n news item(s)</source>
        <translation>
            <numerusform>Показано {shown} из %n новости</numerusform>
            <numerusform>Показано {shown} из %n новостей</numerusform>
            <numerusform>Показано {shown} из %n новостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source note:</source>
        <translation>Примечание к источнику:</translation>
    </message>
    <message>
        <source>The article itself was not seen.</source>
        <translation>Сама статья не просмотрена.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
</context>
<context>
    <name>OverviewTabs</name>
    <message>
        <source>Figures</source>
        <translation>Цифры</translation>
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
        <translation>{path}: не удаётся прочитать изображение (поддерживаются JPEG, PNG, WebP, TIFF, BMP и GIF)</translation>
    </message>
    <message>
        <source>{path}: the file is {size} MB; at most 150 MB</source>
        <translation>{path}: размер файла — {size} МБ; допустимо не более 150 МБ</translation>
    </message>
    <message>
        <source>{path}: the image is damaged or incomplete ({error})</source>
        <translation>{path}: изображение повреждено или неполное ({error})</translation>
    </message>
    <message>
        <source>{path}: the image is {width} × {height} pixels; at most {megapixels} megapixels are accepted</source>
        <translation>{path}: размер изображения — {width} × {height} пикселей; допустимо не более {megapixels} мегапикселей</translation>
    </message>
    <message>
        <source>{path}: the image would unpack to too many pixels; at most {megapixels} megapixels are accepted</source>
        <translation>{path}: после распаковки изображение будет содержать слишком много пикселей; допустимо не более {megapixels} мегапикселей</translation>
    </message>
    <message>
        <source>{path}: {format} images are not accepted (JPEG, PNG, WebP, TIFF, BMP or GIF)</source>
        <translation>{path}: изображения в формате {format} не принимаются (поддерживаются JPEG, PNG, WebP, TIFF, BMP и GIF)</translation>
    </message>
</context>
<context>
    <name>PortraitFolder</name>
    <message>
        <source>Another file of the same hero was used ({count}):</source>
        <translation>Использован другой файл того же героя ({count}):</translation>
    </message>
    <message>
        <source>Matched ({count}):</source>
        <translation>Сопоставлено ({count}):</translation>
    </message>
    <message>
        <source>Matched nobody ({count}):</source>
        <translation>Не сопоставлено ни с кем ({count}):</translation>
    </message>
    <message>
        <source>Matched several heroes, not used ({count}):</source>
        <translation>Подходит нескольким героям, не использовано ({count}):</translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>Отклонено ({count}):</translation>
    </message>
    <message>
        <source>{path}: not an image file (by its name)</source>
        <translation>{path}: судя по имени, это не файл изображения</translation>
    </message>
    <message>
        <source>{path}: the file name is not valid UTF-8 text (shown with �); rename the file</source>
        <translation>{path}: имя файла — недопустимый текст UTF-8 (такие знаки показаны как �); переименуйте файл</translation>
    </message>
</context>
<context>
    <name>PositionSetter</name>
    <message>
        <source>A place text of only spaces cannot be given a position.</source>
        <translation>Месту, записанному одними пробелами, нельзя задать положение.</translation>
    </message>
    <message>
        <source>Click on the map where “{place}” is (Esc cancels)</source>
        <translation>Щёлкните на карте там, где находится «{place}» (Esc — отмена)</translation>
    </message>
    <message>
        <source>Every place shown is on the map</source>
        <translation>Все показанные места на карте</translation>
    </message>
    <message>
        <source>History of the position of {place}…</source>
        <translation>История положения: {place}…</translation>
    </message>
    <message>
        <source>Move {place}…</source>
        <translation>Переместить: {place}…</translation>
    </message>
    <message>
        <source>Position not set</source>
        <translation>Положение не задано</translation>
    </message>
    <message>
        <source>Put a place that is not placed, or only approximately, on the map</source>
        <translation>Поставить на карту место, не найденное или найденное приблизительно</translation>
    </message>
    <message>
        <source>Set position of {place}…</source>
        <translation>Указать положение: {place}…</translation>
    </message>
    <message>
        <source>Set position…</source>
        <translation>Указать положение…</translation>
    </message>
    <message>
        <source>Set the position of {place}</source>
        <translation>Положение: {place}</translation>
    </message>
    <message>
        <source>{lat:.2f}, {lon:.2f} is outside the map; {place} was not placed.</source>
        <translation>{lat:.2f}, {lon:.2f} — за пределами карты; место «{place}» не поставлено.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>1942, 11.1942 or 26.11.1942</source>
        <translation>1942, 11.1942 или 26.11.1942</translation>
    </message>
    <message>
        <source>Biography and notes</source>
        <translation>Биография и заметки</translation>
    </message>
    <message>
        <source>Biography in English</source>
        <translation>Биография на английском</translation>
    </message>
    <message>
        <source>Biography in Russian</source>
        <translation>Биография на русском</translation>
    </message>
    <message>
        <source>Biography in Tajik</source>
        <translation>Биография на таджикском</translation>
    </message>
    <message>
        <source>Born in</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Род войск</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Date of the deed</source>
        <translation>Дата подвига</translation>
    </message>
    <message>
        <source>Decree of</source>
        <translation>Указ от</translation>
    </message>
    <message>
        <source>Died in</source>
        <translation>Место смерти</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Не сохранять изменения в записи: {name}?</translation>
    </message>
    <message>
        <source>Feed item id</source>
        <translation>Идентификатор в ленте</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Latin-script name</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Link to the article</source>
        <translation>Ссылка на статью</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Отметить как проверенный</translation>
    </message>
    <message>
        <source>Mark the translation as checked</source>
        <translation>Отметить перевод как проверенный</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>Новость</translation>
    </message>
    <message>
        <source>Other spellings
(one a line)</source>
        <translation>Другие написания
(по одному в строке)</translation>
    </message>
    <message>
        <source>Page read</source>
        <translation>Просмотренная страница</translation>
    </message>
    <message>
        <source>Place as recorded</source>
        <translation>Место, как записано</translation>
    </message>
    <message>
        <source>Place of the deed</source>
        <translation>Место подвига</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Посмертно</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Воинское звание</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Проверка сведений</translation>
    </message>
    <message>
        <source>Research note</source>
        <translation>Примечание исследователя</translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation>Имя по-русски</translation>
    </message>
    <message>
        <source>Saved as the known term “{stored}”, read in each reader&apos;s language</source>
        <translation>Сохраняется как известный термин «{stored}» и показывается каждому читателю на его языке</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Военная служба</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Примечание к источнику</translation>
    </message>
    <message>
        <source>Sources
(one link a line)</source>
        <translation>Источники
(по одной ссылке в строке)</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Заметки сотрудников</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Tajik name</source>
        <translation>Имя по-таджикски</translation>
    </message>
    <message>
        <source>The deed and the title</source>
        <translation>Подвиг и звание</translation>
    </message>
    <message>
        <source>The deed in English</source>
        <translation>Описание подвига на английском</translation>
    </message>
    <message>
        <source>The deed in Russian</source>
        <translation>Описание подвига на русском</translation>
    </message>
    <message>
        <source>The deed in Tajik</source>
        <translation>Описание подвига на таджикском</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation>Перевод — требует проверки сотрудниками</translation>
    </message>
    <message>
        <source>Translations not yet checked</source>
        <translation>Непроверенные переводы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Воинская часть</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>the new hero</source>
        <translation>новый герой</translation>
    </message>
    <message>
        <source>the new news item</source>
        <translation>новая новость</translation>
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
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Kept in the operating system&apos;s keyring, never in HeroViewer&apos;s settings</source>
        <translation>Хранится в хранилище ключей операционной системы, никогда в настройках HeroViewer</translation>
    </message>
    <message>
        <source>Open shared catalogue</source>
        <translation>Открыть общий каталог</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Запомнить пароль</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Decree</source>
        <translation>Указ</translation>
    </message>
    <message>
        <source>Deed</source>
        <translation>Подвиг</translation>
    </message>
    <message>
        <source>Great Patriotic War</source>
        <translation>Великая Отечественная война</translation>
    </message>
    <message>
        <source>Soviet-Finnish War</source>
        <translation>Советско-финская война</translation>
    </message>
    <message>
        <source>War against Japan</source>
        <translation>Война с Японией</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%n date(s) outside 1939–1945 not shown</source>
        <translation>
            <numerusform>%n дата вне 1939–1945 не показана</numerusform>
            <numerusform>%n даты вне 1939–1945 не показаны</numerusform>
            <numerusform>%n дат вне 1939–1945 не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hero(es) with a dated deed or decree</source>
        <translation>
            <numerusform>%n герой с датой подвига или указа</numerusform>
            <numerusform>%n героя с датой подвига или указа</numerusform>
            <numerusform>%n героев с датой подвига или указа</numerusform>
        </translation>
    </message>
    <message>
        <source>No date yet: {names}</source>
        <translation>Дата пока неизвестна: {names}</translation>
    </message>
    <message>
        <source>Red: the deed · Blue: the decree · A year or a month alone is drawn over the whole year or month · Coloured bands: the wars</source>
        <translation>Красный: подвиг · Синий: указ · Год или месяц без точной даты показан на весь год или месяц · Цветные полосы: войны</translation>
    </message>
    <message>
        <source>Timeline of the deeds and decrees</source>
        <translation>Хронология подвигов и указов</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабрь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июнь</translation>
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
        <translation>ноябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <source>a decree date falls between 16 April 1934, when the title was created, and 24 December 1991</source>
        <translation>дата указа должна быть между 16 апреля 1934 г., когда было учреждено звание, и 24 декабря 1991 г.</translation>
    </message>
    <message>
        <source>a name is required (in at least one script)</source>
        <translation>требуется имя (хотя бы одно: латиницей, по-русски или по-таджикски)</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>требуется заголовок</translation>
    </message>
    <message>
        <source>death cannot come before birth</source>
        <translation>дата смерти не может быть раньше даты рождения</translation>
    </message>
    <message>
        <source>lists only texts kept in each language: {fields}</source>
        <translation>здесь перечисляются только тексты, которые хранятся на каждом языке: {fields}</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>допустимые значения: {allowed}</translation>
    </message>
    <message>
        <source>the decree cannot come before the birth</source>
        <translation>дата указа не может быть раньше даты рождения</translation>
    </message>
    <message>
        <source>the deed cannot come after the death</source>
        <translation>дата подвига не может быть позже даты смерти</translation>
    </message>
    <message>
        <source>the deed cannot come before the birth</source>
        <translation>дата подвига не может быть раньше даты рождения</translation>
    </message>
    <message>
        <source>{length:,} characters; at most {most:,} in one field</source>
        <translation>знаков: {length:,}; в одном поле допустимо не более {most:,}</translation>
    </message>
    <message>
        <source>{text} has no month {month}</source>
        <translation>{text}: нет месяца {month}</translation>
    </message>
    <message>
        <source>{text} is not a calendar date (there is no year 0)</source>
        <translation>{text} — не календарная дата (нулевого года не существует)</translation>
    </message>
    <message>
        <source>{text} is not a calendar date ({month} {year} has {days} days)</source>
        <translation>{text} — не календарная дата ({month} {year} г.: дней в месяце — {days})</translation>
    </message>
    <message>
        <source>{text} is not a date like 1921, 1921-05 or 1921-05-03</source>
        <translation>{text} — не дата вида 1921, 1921-05 или 1921-05-03</translation>
    </message>
    <message>
        <source>{text} is not a date like 1921, 1921-05, 1921-05-03, 05.1921 or 03.05.1921</source>
        <translation>{text} — не дата вида 1921, 1921-05, 1921-05-03, 05.1921 или 03.05.1921</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Armenian</source>
        <translation>армянин</translation>
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
        <translation>крымский татарин</translation>
    </message>
    <message>
        <source>Gagauz</source>
        <translation>гагауз</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>грузин</translation>
    </message>
    <message>
        <source>Guards Red Army soldier (private)</source>
        <translation>гвардии красноармеец (рядовой)</translation>
    </message>
    <message>
        <source>Guards Senior Sergeant</source>
        <translation>гвардии старший сержант</translation>
    </message>
    <message>
        <source>Jewish</source>
        <translation>еврей</translation>
    </message>
    <message>
        <source>Junior Lieutenant</source>
        <translation>младший лейтенант</translation>
    </message>
    <message>
        <source>Junior Sergeant</source>
        <translation>младший сержант</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казах</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>киргиз</translation>
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
        <translation>рядовой</translation>
    </message>
    <message>
        <source>Red Army soldier (private)</source>
        <translation>красноармеец (рядовой)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Senior Lieutenant</source>
        <translation>старший лейтенант</translation>
    </message>
    <message>
        <source>Senior Sergeant</source>
        <translation>старший сержант</translation>
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
        <translation>таджик</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>татарин</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>туркмен</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинец</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>узбек</translation>
    </message>
    <message>
        <source>armoured troops</source>
        <translation>бронетанковые войска</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>артиллерия</translation>
    </message>
    <message>
        <source>aviation</source>
        <translation>авиация</translation>
    </message>
    <message>
        <source>aviation (military transport)</source>
        <translation>авиация (военно-транспортная)</translation>
    </message>
    <message>
        <source>cavalry</source>
        <translation>кавалерия</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>инженерные войска</translation>
    </message>
    <message>
        <source>infantry</source>
        <translation>пехота</translation>
    </message>
    <message>
        <source>navy</source>
        <translation>военно-морской флот</translation>
    </message>
    <message>
        <source>partisans</source>
        <translation>партизаны</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <source>Dated outside 1939–1945: {names}</source>
        <translation>Даты вне 1939–1945 гг.: {names}</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan in figures</source>
        <translation>Герои Советского Союза, связанные с Таджикистаном, в цифрах</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan: deeds and decrees, 1939–1945</source>
        <translation>Герои Советского Союза, связанные с Таджикистаном: подвиги и указы, 1939–1945</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan: where they fought</source>
        <translation>Герои Советского Союза, связанные с Таджикистаном: где они сражались</translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan: where they were born</source>
        <translation>Герои Советского Союза, связанные с Таджикистаном: где они родились</translation>
    </message>
    <message>
        <source>No date yet: {names}</source>
        <translation>Дата пока неизвестна: {names}</translation>
    </message>
    <message>
        <source>No place recorded ({count}): {names}</source>
        <translation>Место не записано ({count}): {names}</translation>
    </message>
    <message>
        <source>Not on this map ({count}): {names}</source>
        <translation>Нет на этой карте ({count}): {names}</translation>
    </message>
    <message>
        <source>Sources: the pages listed in each hero&apos;s record (HeroViewer catalogue)</source>
        <translation>Источники: страницы, указанные в записи каждого героя (каталог HeroViewer)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
    <message>
        <source>approximate: the district or region centre</source>
        <translation>приблизительно: центр района или области</translation>
    </message>
    <message>
        <source>number of heroes</source>
        <translation>число героев</translation>
    </message>
    <message>
        <source>places: GeoNames (CC BY 4.0); outlines: Natural Earth (public domain)</source>
        <translation>места: GeoNames (CC BY 4.0); контуры: Natural Earth (общественное достояние)</translation>
    </message>
    <message>
        <source>the decree</source>
        <translation>указ</translation>
    </message>
    <message>
        <source>the deed</source>
        <translation>подвиг</translation>
    </message>
    <message>
        <source>the image cannot be written</source>
        <translation>изображение не удаётся записать</translation>
    </message>
    <message>
        <source>the place as recorded</source>
        <translation>место, как записано</translation>
    </message>
    <message>
        <source>{file}: give a file name ending in .pdf, .svg or .png</source>
        <translation>{file}: укажите имя файла с окончанием .pdf, .svg или .png</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>явно заданный аргумент %r проигнорирован</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из: %(choices)s)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Not restored: {error}</source>
        <translation>Не восстановлено: {error}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Start a new catalogue</source>
        <translation>Создать новый каталог</translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
{problem}

The newest good backup is {backup}. Restore it? The damaged file is kept aside.</source>
        <translation>Каталог нельзя использовать:
{problem}

Последняя исправная резервная копия: {backup}. Восстановить её? Повреждённый файл будет сохранён отдельно.</translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
{problem}

There is no good backup of it. Start a new catalogue from the bundled data? The damaged file is kept aside.</source>
        <translation>Каталог нельзя использовать:
{problem}

Исправной резервной копии нет. Создать новый каталог из данных, поставляемых с программой? Повреждённый файл будет сохранён отдельно.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation>Сотрудничество с ООН</translation>
    </message>
    <message>
        <source>Councils</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Учения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Lived in Tajikistan after the war</source>
        <translation>Жили в Таджикистане после войны</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Needs research: low confidence (name only, or the sources conflict)</source>
        <translation>Нужна проверка: низкая достоверность (известно только имя или источники противоречат друг другу)</translation>
    </message>
    <message>
        <source>Needs research: name only, or the sources conflict</source>
        <translation>Нужна проверка: известно только имя или источники противоречат друг другу</translation>
    </message>
    <message>
        <source>Needs research: partly confirmed, but {missing}</source>
        <translation>Нужна проверка: частично подтверждено, но {missing}</translation>
    </message>
    <message>
        <source>Needs research: well confirmed, but {missing}</source>
        <translation>Нужна проверка: надёжно подтверждено, но {missing}</translation>
    </message>
    <message>
        <source>Needs research: {missing}</source>
        <translation>Нужна проверка: {missing}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Other republic</source>
        <translation>Другая республика</translation>
    </message>
    <message>
        <source>Partly confirmed: one source</source>
        <translation>Частично подтверждено: один источник</translation>
    </message>
    <message>
        <source>Post-war Tajikistan</source>
        <translation>Послевоенный Таджикистан</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Secretary General</source>
        <translation>Генеральный секретарь</translation>
    </message>
    <message>
        <source>Sent to the front from the Tajik SSR</source>
        <translation>Ушли на фронт из Таджикской ССР</translation>
    </message>
    <message>
        <source>Tajik SSR</source>
        <translation>Таджикская ССР</translation>
    </message>
    <message>
        <source>Tajik, went to the front from another republic</source>
        <translation>Таджики, ушедшие на фронт из других республик</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>Well confirmed: two or more sources or a full biography</source>
        <translation>Надёжно подтверждено: не менее двух источников или полная биография</translation>
    </message>
    <message>
        <source>an image ({short})</source>
        <translation>изображение ({short})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>нет даты рождения</translation>
    </message>
    <message>
        <source>no birthplace</source>
        <translation>нет места рождения</translation>
    </message>
    <message>
        <source>no decree date</source>
        <translation>нет даты указа</translation>
    </message>
    <message>
        <source>no rank</source>
        <translation>нет воинского звания</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>вся запись</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>{low}; also {missing}</source>
        <translation>{low}; кроме того, {missing}</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>{name} (добавлено)</translation>
    </message>
</context>
</TS>
