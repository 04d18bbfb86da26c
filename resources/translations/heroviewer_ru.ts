<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;HeroViewer {version}&lt;/h3&gt;&lt;p&gt;A reference of the Heroes of the Soviet Union linked to the Republic of Tajikistan, with CSTO Secretariat news. Works offline.&lt;/p&gt;&lt;p&gt;The sources count {total} such heroes; this catalogue holds {held} of them and {news} news items.&lt;/p&gt;&lt;p&gt;Data: facts researched from public sources; every hero record and news item lists the pages it rests on, and research notes say what is uncertain. No photographs are bundled: portraits are drawn placeholders.&lt;/p&gt;&lt;p&gt;Catalogue: {catalogue}&lt;/p&gt;&lt;p&gt;Font: Noto Sans, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About HeroViewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop new portraits to the card&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete hero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit hero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export heroes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New hero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print hero cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image file, or drop one on the hero&apos;s page, to be the portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;news…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import p&amp;ortraits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records that need &amp;research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat &amp;news</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message numerus="yes">
        <source>%n card(s) {pages}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Born: {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and places of birth and death unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died: {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero of the Soviet Union (date of the decree unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero of the Soviet Union (date of the decree unknown), posthumously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero of the Soviet Union by decree of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero of the Soviet Union by decree of {date}, posthumously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank and unit unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {hosts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deed is not yet described in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <source>A4, four A6 cards with cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, one card per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 landscape, one card per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards without a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hero the list shows ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero cards — print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print hero cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the source link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save hero cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hero shown ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected heroes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source link of these heroes is too long for a QR code; their cards were printed without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter, one card per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hero-cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Back up the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of portraits named after the heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HeroViewer catalogues (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n portrait(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import portraits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portraits not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the images in {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole catalogue with the backup {file}? The catalogue as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the catalogue from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored; the catalogue as it was is kept in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %n portrait(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the folder holds, and who each image shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {error}; the catalogue is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Restore the newest good backup, {backup}? The damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

There is no good backup of it. Make a copy of the file before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source> (read-only: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n portrait(s) set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference viewer of the Heroes of the Soviet Union linked to Tajikistan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or update heroes from CSV or JSON, or news from JSON or an RSS/Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add portraits from a folder of images named after the heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also import texts where &quot;?&quot; seems to replace a Tajik letter (left out by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue file or SQLAlchemy URL (default: the catalogue in your user data folder; a missing file is created from the bundled data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the catalogue to a backup file, safely while in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crop each image to the card portrait&apos;s shape (3:4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: csv (news: json only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroes as CSV or JSON, news as JSON or a saved RSS/Atom feed (told by its content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroviewer: note: the card of {name} has no QR code: its source link is too long for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroviewer: warning: {catalogue}: the changes are saved, but kept in the side file {side_file} beside the catalogue, as they could not be written into the catalogue file ({problem}); keep that file with the catalogue and copy both together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: {added} added, {changed} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out the QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news are exported as JSON (--format json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hero matches {search}; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only say what would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only say which file matches whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the heroes this search finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the catalogue and say what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print each hero&apos;s places and where the offline gazetteer puts them</source>
        <translation>вывести места каждого героя и где их находит офлайн-справочник мест</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the catalogue with a backup (the current one is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write: other names are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue as it was is kept in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest good backup is {backup}; to restore it: heroviewer restore &apos;{backup}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --screenshot: show this hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --screenshot: the tab to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write hero cards to a PDF, with no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write heroes or news to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{catalogue} backed up to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{catalogue}: %n hero(es), {news}{state}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{file} restored from {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} written, but {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cards are written as PDF: give a file name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no backup written: {reason}; the catalogue is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>The value is already what that change replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message numerus="yes">
        <source>%n hero(es) written to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s) written to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export which heroes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroes or news (*.csv *.txt *.json *.xml *.rss *.atom);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import heroes or news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {file}: {added} added, {changed} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: {kind}, %Ln record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} from the catalogue? You can undo this (Ctrl+Z), and the record stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove portrait of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeroDetail</name>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero of the Soviet Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroes of the Soviet Union linked to Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started to open {link}. The address is copied: paste it into a browser on a computer with internet access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a hero in the table to read the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published sources count {total} Heroes of the Soviet Union linked to the Republic of Tajikistan (some give 63 or 65). This catalogue holds {held} of the {total}: those whose names and facts could be confirmed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, in his lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, posthumously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records need research (low confidence or missing key facts): tick “Needs research” above the table to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeroTableModel</name>
    <message>
        <source>Birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeroesPage</name>
    <message>
        <source>Heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs research</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No exact match, showing near matches: {shown} of %n hero(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only records with low confidence or missing key facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, places, units, deeds — any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n hero(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes have been saved to this record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert a change of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portraits imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>a JSON array, but neither of heroes (with a name) nor of news items (with a title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brackets are nested more than {levels:,} levels deep (a hero or news file needs 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every record needs a stable id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of heroes or news items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of records at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text or null, found {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroes (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroes (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds half a character (a lone \u surrogate escape such as \ud800, written by a faulty program); correct it in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {number} ({title}): {reason}; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {number}: has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): not a hero field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): not a hero field; did you mean &apos;{close}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1, column {number} (&apos;{cell}&apos;): the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: missing required column: one of {names} is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the header has {columns:,} columns; at most {most} are read (a hero has {fields} fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}: a number of {length:,} characters (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}: not valid JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}: not well-formed XML ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news (RSS or Atom feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file: HeroViewer imports CSV, JSON and RSS/Atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not {encoding} text ({reason} at byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {record}, field &apos;{field}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the XML declares an entity that reads {outside}, outside the file (a feed saved from a website needs none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the XML declares entities, which can grow a small file into gigabytes (a feed saved from a website needs none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the XML declares the entity {name}, which can grow a small file into gigabytes (a feed saved from a website needs none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON array is empty: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date {date} is not between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; at most {most} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a PDF document: HeroViewer imports CSV, JSON and RSS/Atom files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it from Excel as &apos;CSV UTF-8 (Comma delimited)&apos; or from LibreOffice as &apos;Text CSV&apos;, then import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls), not CSV: save it from Excel as &apos;CSV UTF-8 (Comma delimited)&apos; or from LibreOffice as &apos;Text CSV&apos;, then import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is used by an earlier record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values} values for {columns} columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n of the changes would empty a value that is filled now (a blank cell in the file). They are marked with this sign below: check them before you import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A &quot;?&quot; stands where the catalogue has a letter, or inside a Cyrillic word: probably a Tajik letter lost by saving the sheet in Windows-1251. Left out unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already in the catalogue (same link, guid, or date and title): %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln hero(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln news item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, conflicts: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported: the records listed under Left out conflict with the catalogue, and the others are in it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import. The import is one step: Edit → Undo takes all of it back, and History shows each change. Untick a record or a change to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the catalogue already holds everything in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with a &quot;?&quot; where the catalogue has a letter, or inside a Cyrillic word: {count}. The spreadsheet was probably saved in Windows-1251, which cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. Those changes are unticked below and left out; tick one only if its &quot;?&quot; is meant.
To keep the letters, save the sheet as UTF-8 and import that file: in Excel, Save As → &quot;CSV UTF-8 (Comma delimited)&quot;; in LibreOffice, Save As → Text CSV with the character set &quot;Unicode (UTF-8)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To add: %Ln hero(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To add: %Ln news item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To change: %Ln hero(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %Ln hero(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>  In these, {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Of these changes, {count} would empty a value that is filled now (a blank cell in the file); check them below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  To import them as they are, add --accept-damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hero(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n news item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already present (same link, guid, or date and title), not added: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts, left out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks damaged, imported anyway (--accept-damaged): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks damaged, left out (a new record whole, a change in the fields named): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;?&quot; stands where the catalogue has a letter, or inside a Cyrillic word: the spreadsheet was probably saved in Windows-1251, which cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. Save it as UTF-8 and import that file: in Excel, Save As → &apos;CSV UTF-8 (Comma delimited)&apos;; in LibreOffice, Save As → Text CSV with the character set &apos;Unicode (UTF-8)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new id {id}, but the name {name} is hero {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {number} ({name}): the same hero as record {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {number} ({name}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name {name} belongs to {count} heroes; give the hero&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}   (? looks damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path}: {kind}, %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About HeroViewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes kept in a side file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse and print; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are saved, but they are kept in the side file {wal} beside the catalogue, as they could not be written into the catalogue file ({problem}). Keep that file with the catalogue: copy both together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>%n место на карте</numerusform>
            <numerusform>%n места на карте</numerusform>
            <numerusform>%n мест на карте</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Home places</source>
        <translation>&amp;Родные места</translation>
    </message>
    <message>
        <source>Drag or use the arrow keys to move, the wheel or + and − to zoom</source>
        <translation>Перетаскивайте карту или двигайте её стрелками; масштаб — колесом или + и −</translation>
    </message>
    <message>
        <source>Map of the heroes&apos; places</source>
        <translation>Карта мест героев</translation>
    </message>
    <message>
        <source>Red: the place as recorded · Orange: approximate (district or region centre)</source>
        <translation>Красный: место, как записано · Оранжевый: приблизительно (центр района или области)</translation>
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
    <message>
        <source>Selected {name}: Ctrl+1 shows the record</source>
        <translation>Выбрано: {name}. Ctrl+1 покажет запись</translation>
    </message>
</context>
<context>
    <name>NewsCommands</name>
    <message>
        <source>Add news “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete news “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit news “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the news…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a news item to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n news item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article itself was not seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>1942, 11.1942 or 26.11.1942</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography in Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the translation as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings
(one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources
(one link a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deed and the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deed in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deed in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deed in Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not yet checked by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, posthumously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a decree date falls between 16 April 1934, when the title was created, and 24 December 1991</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is required (in at least one script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>death cannot come before birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists only texts kept in each language: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decree cannot come before the birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deed cannot come after the death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deed cannot come before the birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length:,} characters; at most {most:,} in one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has no month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a calendar date (there is no year 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a calendar date ({month} {year} has {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date like 1921, 1921-05 or 1921-05-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date like 1921, 1921-05, 1921-05-03, 05.1921 or 03.05.1921</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Not restored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
{problem}

The newest good backup is {backup}. Restore it? The damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be used:
{problem}

There is no good backup of it. Start a new catalogue from the bundled data? The damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation with the UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived in Tajikistan after the war</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs research: low confidence (name only, or the sources conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs research: name only, or the sources conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs research: partly confirmed, but {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs research: well confirmed, but {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs research: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly confirmed: one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-war Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the front from the Tajik SSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik SSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik, went to the front from another republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well confirmed: two or more sources or a full biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image ({short})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decree date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}; also {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
