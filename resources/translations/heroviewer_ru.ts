<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
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
        <source>Nationality</source>
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
        <source>Select a hero in the table to read the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published sources count {total} Heroes of the Soviet Union linked to the Republic of Tajikistan (some give 63 or 65). This catalogue holds {held} of the {total}: those whose names and facts could be confirmed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, in his lifetime</source>
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
        <source>&amp;Remove portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
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
        <source>Import &amp;portraits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records that &amp;need research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat &amp;news</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
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
        <source>Import portraits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {count} portraits</source>
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
    <message>
        <source>Set {count} portraits</source>
        <translation type="unfinished"></translation>
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
    <name>Editing</name>
    <message>
        <source>The value is already what that change replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>All {count}</source>
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
    <message>
        <source>hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {noun} written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {kind}, {count} records</source>
        <translation type="unfinished"></translation>
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
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started to open {link}. The address is copied: paste it into a browser on a computer with internet access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no portrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeroesPage</name>
    <message>
        <source>Needs research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exact match, showing near matches: {shown} of {total} heroes</source>
        <translation type="unfinished"></translation>
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
        <source>Search names, places, units, deeds — any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} heroes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
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
    <name>ImportPreview</name>
    <message>
        <source>A &quot;?&quot; stands where the catalogue has a letter, or inside a Cyrillic word: probably a Tajik letter lost by saving the sheet in Windows-1251. Left out unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the catalogue (same link, guid, or date and title): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {count} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, conflicts: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {count}</source>
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
    <message>
        <source>To add: {count} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change: {count} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: {count} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the changes would empty a value that is filled now (a blank cell in the file). They are marked with this sign below: check them before you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
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
        <source>Search the news…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} news items</source>
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
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography and notes</source>
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
        <source>The deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deed and the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
</context>
</TS>
