<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Захира кардан</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Ҳамаро захира кардан</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Кушодан</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ҳа</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ҳа барои ҳа&amp;ма</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Не барои ҳам&amp;а</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Қатъ кардан</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Аз нав кӯшиш кардан</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Нодида гирифтан</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Пӯшидан</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бекор кардан</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Захира накардан</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Кӯмак</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Татбиқ кардан</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Аз нав танзим кардан</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Танзимоти пешфарз</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Нишон додани тафсилот...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Пинҳон кардани тафсилот...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Дар бораи Qt</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Дар бораи Qt&lt;/h3&gt;&lt;p&gt;Ин барнома Qt-и версияи %1-ро истифода мебарад.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Қиматро ворид кунед:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Бекор кардан</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Back</source>
            <translation>Ба қафо</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Кушодан</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Кушодан</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Захира кардан</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Тахаллус</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлҳо</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Нишон додани </translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» аз навиштан ҳифз шудааст.
Бо вуҷуди ин онро нест кардан мехоҳед?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Шумо дар ҳақиқат мехоҳед «%1»-ро нест кунед?</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Ҷойҳо ва хатчӯбҳо</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Номи файл:</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Ҷузвдони файлҳо</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Нест кардан</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ҷузвдони нав</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ҷузвдон</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ҷузвдони болоӣ</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Ҷузвдони нав</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Хориҷ кардан</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Компютери ман</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Гузариш ба:</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Сохтани ҷузвдони нав</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Файли %1</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Навъи файлҳо:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Ёфтани ҷузвдон</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Нишон додани файлҳои &amp;пинҳон</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Захира кардан ҳамчун</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Ҷузвдон ёфт нашуд.
Дурустии номи ҷузвдонро санҷед.</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Лавҳаи паҳлӯ</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Рӯйхат</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Интихоб кардан</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Нест кардан</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Ҳамаи файлҳо (*)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Ҳамаи файлҳо (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Ҷузвдонҳо</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Иваз кардани ном</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Ҷузвдонро нест кардан муяссар нашуд.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Ҷузвдон:</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Номаълум</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 аллакай вуҷуд дорад.
Онро иваз кардан мехоҳед?</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Ба пеш</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Ба пеш рафтан</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ба ҷузвдони болоӣ гузаштан</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Ҷойҳои охирин</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Ба қафо баргаштан</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Гузаштан ба намуди муфассал</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Сохтани ҷузвдони нав</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Миёнбур</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Намуди муфассал</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл ёфт нашуд.
Дурустии номи файлро санҷед.</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Гузаштан ба намуди рӯйхат</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Kind</source>
            <translation>Навъ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ном</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Андоза</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Навъ</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Компютери ман</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компютер</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Номи нодурусти файл</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
            <translation>&lt;b&gt;Номи «%1»-ро истифода бурдан мумкин нест.&lt;/b&gt;&lt;p&gt;Номи дигареро истифода баред: кӯтоҳтар ё бе аломатҳои китобат.</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Санаи тағйир</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Саҳифаҳои ҷуфт</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Чоп</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Имконот &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Имконот &gt;&gt;</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Аз чап ба рост, аз боло ба поён</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Аз рост ба чап, аз поён ба боло</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Навиштани файли PDF</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Чоп кардан</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Имконоти «Саҳифаҳо дар як варақ» ва «Маҷмӯи саҳифаҳо»-ро якҷоя истифода бурдан мумкин нест.
Яке аз онҳоро хомӯш кунед.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 аллакай вуҷуд дорад.
Онро аз нав навиштан мехоҳед?</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Аз чап ба рост, аз поён ба боло</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Саҳифаҳои тоқ</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Файли маҳаллӣ</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Дар танзимоти чопи дутарафа зиддият ҳаст. Онро ислоҳ кардан мехоҳед?</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Чоп ба файл (PDF)</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Чоп ба файл ...</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Саҳифаҳо нодуруст нишон дода шудаанд</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 ба қоидаи навишт мувофиқ нест. Саҳифаҳо ва фосилаҳоро бо «,» ҷудо кунед, фосилаҳоро бо «-» нишон диҳед ва бовар ҳосил кунед, ки фосилаҳо ба ҳамдигар намерасанд.</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Аз рост ба чап, аз боло ба поён</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Аз поён ба боло, аз чап ба рост</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Қимати «аз» аз қимати «то» калон буда наметавонад.</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Ҳамаи саҳифаҳо</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Зиддият дар танзимоти чопи дутарафа</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 ҷузвдон аст.
Номи дигари файлро интихоб кунед.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Ба файли %1 навиштан мумкин нест.
Номи дигари файлро интихоб кунед.</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Аз поён ба боло, аз рост ба чап</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Аз боло ба поён, аз чап ба рост</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Аз боло ба поён, аз рост ба чап</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>to</source>
            <translation>то</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Хомӯш</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Шакл</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Ранга</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Ҳама</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Саҳифаҳо</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Саҳифаи ҷорӣ</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Қисми интихобшуда</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Нусхаҳо</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Доираи чоп</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Низоми ранг</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Имконот</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Танзимоти хуруҷ</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Тартиби баръакс</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Тобишҳои хокистарӣ</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Нусха ба нусха</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Шумораи нусхаҳо:</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Ҷилд аз тарафи кӯтоҳ</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Саҳифаҳо ё фосилаҳоро бо вергул ҷудо карда нишон диҳед. Фосила бо ду рақами бо дефис ҷудошуда навишта мешавад. Масалан, 3,5-7,9 саҳифаҳои 3, 5, 6, 7 ва 9-ро чоп мекунад.</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Саҳифаҳо аз</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Чопи дутарафа</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Маҷмӯи саҳифаҳо:</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Ҷилд аз тарафи дароз</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Пешнамоиши чоп</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Чоп</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Тамоми саҳифа</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Калон кардан</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Уфуқӣ</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Хурд кардан</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Аз рӯи бар</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Амудӣ</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Танзими саҳифа</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Танзими саҳифа</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Нишон додани ҳамаи саҳифаҳо</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Саҳифаи аввал</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Саҳифаи охир</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Нишон додани як саҳифа</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Содирот ба PDF</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Саҳифаи қаблӣ</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Саҳифаи навбатӣ</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Нишон додани саҳифаҳои рӯ ба рӯ</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>in</source>
            <translation>дюйм</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>мм</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>пт</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Шакл</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>ҳошияи поён</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Коғаз</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Манбаи коғаз:</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>ҳошияи рост</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Пика (P̸)</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Ҳошияҳо</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Дилхоҳ</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Уфуқӣ</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Ҷойгиршавии саҳифаҳо</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Бар:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Самт</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Дидо (DD)</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Амудӣ</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Тартиби саҳифаҳо:</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>ҳошияи боло</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>ҳошияи чап</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Андозаи саҳифа:</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Ситсеро (CC)</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Амудии чаппа</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Миллиметр (мм)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Пункт (пт)</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Саҳифаҳо дар як варақ:</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Дюйм (дюйм)</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Уфуқии чаппа</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Баландӣ:</translation>
        </message>
    </context>
    <context>
        <name>QPageSize</name>
        <message>
            <source>Custom</source>
            <translation>Дилхоҳ</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Form</source>
            <translation>Шакл</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Навъ:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Ном:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Файли хуруҷ:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Хусусиятҳо</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Пешнамоиш</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Ҷойгиршавӣ:</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Form</source>
            <translation>Шакл</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Саҳифа</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Дар баъзе имконот зиддият ҳаст. Лутфан онҳоро ислоҳ кунед.</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Иловагӣ</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Зиддият дар имконоти иловагӣ</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Имконоти вазифаи чоп</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Зиддият дар танзими саҳифа</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Дар баъзе имконоти иловагӣ зиддият ҳаст. Онҳоро ислоҳ кардан мехоҳед?</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Дар танзими саҳифа зиддият ҳаст. Онро ислоҳ кардан мехоҳед?</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>Хусусиятҳои принтер</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>Бу&amp;ридан</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Нусха бардоштан</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Такрор кардан</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Бекор кардан</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Гузоштан</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Нест кардан</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Ҳамаро интихоб кардан</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>Бу&amp;ридан</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Нусха бардоштан</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Такрор кардан</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Бекор кардан</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Гузоштан</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Нест кардан</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Ҳамаро интихоб кардан</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Нусхабардории &amp;суроғаи пайванд</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>Step &amp;down</source>
            <translation>Қадам ба &amp;поён</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Қадам ба бо&amp;ло</translation>
        </message>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Ҳамаро интихоб кардан</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo</source>
            <translation>Бекор кардан</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Такрор кардан</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Бекор кардан: %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Такрор кардан: %1</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Пӯшидан</translation>
        </message>
        <message>
            <source>Fatal Error:</source>
            <translation>Хатои ислоҳнашаванда:</translation>
        </message>
        <message>
            <source>&amp;Show this message again</source>
            <translation>Ин паёмро &amp;боз нишон додан</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Хатои ҷиддӣ:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Маълумот:</translation>
        </message>
        <message>
            <source>Debug Message:</source>
            <translation>Паёми ислоҳи хато:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Огоҳӣ:</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Ба ин ҷо</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Ба аввал</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Ба охир</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Як саҳифа боло</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Як саҳифа поён</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Ба боло</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Ба поён</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Канори чап</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Канори рост</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Як саҳифа ба чап</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Як саҳифа ба рост</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Ба чап</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Ба рост</translation>
        </message>
    </context>
</TS>
