<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Actions</name>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Præsentation</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Tilføj til plan</translation>
    </message>
    <message>
        <source>Add the chosen library item to the open plan</source>
        <translation>Tilføj det valgte element fra biblioteket til den åbne plan</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>New plan from a course &amp;template…</source>
        <translation>Ny plan fra en &amp;kursusskabelon …</translation>
    </message>
    <message>
        <source>D&amp;uplicate plan</source>
        <translation>&amp;Duplikér plan</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Slet plan …</translation>
    </message>
    <message>
        <source>Use the &amp;actual minutes</source>
        <translation>Brug de &amp;faktiske minutter</translation>
    </message>
    <message>
        <source>Set each entry&apos;s minutes to what it took when this plan was presented</source>
        <translation>Sæt hvert punkts minutter til den tid, det tog, da planen blev præsenteret</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt n&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Remove from plan</source>
        <translation>F&amp;jern fra planen</translation>
    </message>
    <message>
        <source>Add a &amp;break</source>
        <translation>Tilføj en &amp;pause</translation>
    </message>
    <message>
        <source>Add a &amp;free entry</source>
        <translation>Tilføj et frit p&amp;unkt</translation>
    </message>
    <message>
        <source>A discussion, a round or an own slide</source>
        <translation>En diskussion, en runde eller et eget dias</translation>
    </message>
    <message>
        <source>Add a &amp;section</source>
        <translation>Tilføj et &amp;afsnit</translation>
    </message>
    <message>
        <source>Choose &amp;slides…</source>
        <translation>Vælg d&amp;ias …</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>E&amp;rstat …</translation>
    </message>
    <message>
        <source>Put another library item in this entry&apos;s place</source>
        <translation>Sæt et andet element fra biblioteket ind i stedet for dette punkt</translation>
    </message>
    <message>
        <source>Present the plan from the chosen &amp;entry</source>
        <translation>Præsentér planen fra det valgte &amp;punkt</translation>
    </message>
    <message>
        <source>Decks, exercises, breaks and free entries in one run</source>
        <translation>Diasshows, øvelser, pauser og frie punkter i ét forløb</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>I&amp;mportér plan …</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>&amp;Eksportér plan …</translation>
    </message>
    <message>
        <source>Save the plan as a plan file to share</source>
        <translation>Gem planen som en planfil, der kan deles</translation>
    </message>
    <message>
        <source>Export plan as P&amp;DF…</source>
        <translation>Eksportér plan som P&amp;DF …</translation>
    </message>
    <message>
        <source>Run sheet, slides, notes, handouts or exercise cards</source>
        <translation>Drejebog, dias, noter, deltagerark eller øvelseskort</translation>
    </message>
    <message>
        <source>Session pac&amp;k…</source>
        <translation>Sessionspa&amp;kke …</translation>
    </message>
    <message>
        <source>Every document for the session at once: to a folder or one PDF</source>
        <translation>Alle dokumenter til sessionen på én gang: i en mappe eller som én PDF</translation>
    </message>
    <message>
        <source>&amp;New deck, exercise or handout…</source>
        <translation>&amp;Ny præsentation, øvelse eller arbejdsark…</translation>
    </message>
    <message>
        <source>Write your own material in My material</source>
        <translation>Skriv dit eget materiale i Mit materiale</translation>
    </message>
    <message>
        <source>&amp;Edit, or make my copy</source>
        <translation>R&amp;ediger, eller lav min kopi</translation>
    </message>
    <message>
        <source>Edit your own item; a bundled item is copied into My material first</source>
        <translation>Rediger dit eget materiale; et medfølgende kopieres først til Mit materiale</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Fortryd den seneste ændring</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>Ny slide</translation>
    </message>
    <message>
        <source>Duplicate the slide</source>
        <translation>Dupliker sliden</translation>
    </message>
    <message>
        <source>Delete the slide</source>
        <translation>Slet sliden</translation>
    </message>
    <message>
        <source>Hide or show the slide when presenting</source>
        <translation>Skjul eller vis sliden under præsentationen</translation>
    </message>
    <message>
        <source>Move the slide up</source>
        <translation>Flyt sliden op</translation>
    </message>
    <message>
        <source>Move the slide down</source>
        <translation>Flyt sliden ned</translation>
    </message>
    <message>
        <source>Split the slide at the cursor</source>
        <translation>Del sliden ved markøren</translation>
    </message>
    <message>
        <source>Join with the next slide</source>
        <translation>Slå sammen med næste slide</translation>
    </message>
    <message>
        <source>Insert a picture…</source>
        <translation>Indsæt et billede…</translation>
    </message>
    <message>
        <source>Show the Markdown source</source>
        <translation>Vis Markdown-kilden</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Luk redigeringen</translation>
    </message>
    <message>
        <source>&amp;Find in the library</source>
        <translation>&amp;Søg i biblioteket</translation>
    </message>
    <message>
        <source>Search titles, text, notes and tags</source>
        <translation>Søg i titler, tekst, noter og emneord</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Ryd søgningen</translation>
    </message>
    <message>
        <source>Open the preview</source>
        <translation>Åbn forhåndsvisningen</translation>
    </message>
    <message>
        <source>&amp;Present from the start</source>
        <translation>&amp;Præsentér fra starten</translation>
    </message>
    <message>
        <source>Present the chosen deck or exercise from the start</source>
        <translation>Præsentér det valgte diasshow eller den valgte øvelse fra starten</translation>
    </message>
    <message>
        <source>&amp;Continue where you stopped</source>
        <translation>&amp;Fortsæt hvor du slap</translation>
    </message>
    <message>
        <source>Present the last deck, exercise or plan again from where you left it</source>
        <translation>Vis det sidste diasshow, den sidste øvelse eller plan igen, fra hvor du slap</translation>
    </message>
    <message>
        <source>Present from the chosen &amp;slide</source>
        <translation>Præsentér fra det valgte &amp;dias</translation>
    </message>
    <message>
        <source>Present the chosen deck from the slide in the preview</source>
        <translation>Præsentér det valgte diasshow fra diasset i forhåndsvisningen</translation>
    </message>
    <message>
        <source>&amp;Problems in the library…</source>
        <translation>&amp;Problemer i biblioteket …</translation>
    </message>
    <message>
        <source>Import &amp;decks…</source>
        <translation>Importér &amp;præsentationer…</translation>
    </message>
    <message>
        <source>Bring decks from PowerPoint, Impress, PDF or Marp into My material</source>
        <translation>Hent præsentationer fra PowerPoint, Impress, PDF eller Marp ind i Mit materiale</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <source>Language, theme and content folders</source>
        <translation>Sprog, tema og indholdsmapper</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Lyst tema</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Mørkt tema</translation>
    </message>
    <message>
        <source>&amp;High contrast theme</source>
        <translation>&amp;Høj kontrast</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>Browse and search the library</source>
        <translation>Gennemse og søg i biblioteket</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>P&amp;laner</translation>
    </message>
    <message>
        <source>Build and print session plans</source>
        <translation>Lav og udskriv planer for undervisningen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>S&amp;essioner</translation>
    </message>
    <message>
        <source>Groups, their history and each session&apos;s record</source>
        <translation>Grupper, deres historik og log for hver session</translation>
    </message>
    <message>
        <source>&amp;Mentor log</source>
        <translation>&amp;Mentorlog</translation>
    </message>
    <message>
        <source>Sub-goals and progress marks, by pseudonym</source>
        <translation>Delmål og vurderinger af udviklingen, under pseudonym</translation>
    </message>
    <message>
        <source>&amp;Backups of the records…</source>
        <translation>&amp;Sikkerhedskopier af registreringerne …</translation>
    </message>
    <message>
        <source>See the backups of the records and restore one</source>
        <translation>Se sikkerhedskopierne af registreringerne, og gendan en af dem</translation>
    </message>
    <message>
        <source>&amp;Room check…</source>
        <translation>&amp;Lokaletjek …</translation>
    </message>
    <message>
        <source>Before the class: screens, projector, clicker keys, contacts, records</source>
        <translation>Før undervisningen: skærme, projektor, klikkerens taster, kontakter, registreringer</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>The user guide, at the page about this screen</source>
        <translation>Brugervejledningen, på siden om dette skærmbillede</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <source>Move through the list</source>
        <translation>Gå op og ned i listen</translation>
    </message>
    <message>
        <source>Open or close a module</source>
        <translation>Fold et modul ud eller sammen</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Fra søgefeltet til resultaterne</translation>
    </message>
    <message>
        <source>Previous or next slide</source>
        <translation>Forrige eller næste dias</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Tilbage til listen</translation>
    </message>
    <message>
        <source>Move between areas</source>
        <translation>Skift mellem områder</translation>
    </message>
    <message>
        <source>While presenting: pause screen at once</source>
        <translation>Under præsentation: pauseskærm med det samme</translation>
    </message>
    <message>
        <source>While presenting: where to get help</source>
        <translation>Under præsentation: hvor kan man få hjælp?</translation>
    </message>
    <message>
        <source>While presenting: every key</source>
        <translation>Under præsentation: alle taster</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Næste dias</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Forrige dias</translation>
    </message>
    <message>
        <source>Next plan entry</source>
        <translation>Næste punkt i planen</translation>
    </message>
    <message>
        <source>Previous plan entry</source>
        <translation>Forrige punkt i planen</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Første dias</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Sidste dias</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Sort skærm</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Hvid skærm</translation>
    </message>
    <message>
        <source>Pause screen at once (again to return)</source>
        <translation>Pauseskærm med det samme (igen for at vende tilbage)</translation>
    </message>
    <message>
        <source>Where to get help (again to return)</source>
        <translation>Hvor kan man få hjælp? (igen for at vende tilbage)</translation>
    </message>
    <message>
        <source>Grounding exercise (again to return)</source>
        <translation>Jordforbindelsesøvelse (igen for at vende tilbage)</translation>
    </message>
    <message>
        <source>Re-time the rest of the plan to end on time…</source>
        <translation>Tilpas tiden for resten af planen, så den slutter til tiden …</translation>
    </message>
    <message>
        <source>Start or pause the exercise timer</source>
        <translation>Start øvelsestimeren, eller sæt den på pause</translation>
    </message>
    <message>
        <source>One more minute for the step</source>
        <translation>Et minut mere til trinnet</translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation>Oversigt over alle dias</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Byt skærme</translation>
    </message>
    <message>
        <source>Show or hide the console (one screen)</source>
        <translation>Vis eller skjul konsollen (én skærm)</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Større noter</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Mindre noter</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Laserpointer</translation>
    </message>
    <message>
        <source>Highlighter pen</source>
        <translation>Overstregningspen</translation>
    </message>
    <message>
        <source>Wipe the drawing</source>
        <translation>Visk tegningen ud</translation>
    </message>
    <message>
        <source>Room helpers: groups, talking round, check-in</source>
        <translation>Gruppeværktøjer: grupper, talerunde, check-in</translation>
    </message>
    <message>
        <source>Show the slides again (ends black or white)</source>
        <translation>Vis dias igen (afslutter sort eller hvid)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Leave (the place is kept)</source>
        <translation>Afslut (positionen huskes)</translation>
    </message>
    <message>
        <source>Slide number, then Enter</source>
        <translation>Diasnummer, derefter Enter</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>These records may be encrypted, and the small file {name} that belongs beside them is missing. Type the passphrase: if it opens the records, Facilitator makes that file again. Otherwise nothing is changed.</source>
        <translation>Registreringerne er måske krypterede, og den lille fil {name}, der hører til ved siden af dem, mangler. Skriv adgangsfrasen: åbner den registreringerne, laver Facilitator filen igen. Ellers bliver intet ændret.</translation>
    </message>
    <message>
        <source>The records could not be opened. Details are in the log.</source>
        <translation>Registreringerne kunne ikke åbnes. Detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Nothing was changed. Try again (capital letters count), or go on without the records.</source>
        <translation>Den adgangsfrase åbner ikke denne fil. Intet er ændret. Prøv igen (store og små bogstaver tæller), eller fortsæt uden registreringerne.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>on time</source>
        <translation>til tiden</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Not the plan&apos;s own day and time: the plan&apos;s clock starts when this presentation started (%1), so ahead and behind show your pace.</source>
        <translation>Ikke planens egen dag og tid: planens ur starter, da denne præsentation startede (%1), så foran og bagud viser dit tempo.</translation>
    </message>
    <message>
        <source>Planned end %1</source>
        <translation>Planlagt slut %1</translation>
    </message>
    <message>
        <source>Projected end %1</source>
        <translation>Forventet slut %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 bagud</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 foran</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Til tiden</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Afsnit %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min, fixed</source>
        <translation>%1 min, fast</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 af %2 min</translation>
    </message>
    <message>
        <source>Not begun yet</source>
        <translation>Ikke begyndt endnu</translation>
    </message>
    <message>
        <source>%1 min behind plan so far</source>
        <translation>%1 min bagud i forhold til planen indtil nu</translation>
    </message>
    <message>
        <source>%1 min ahead of plan so far</source>
        <translation>%1 min foran planen indtil nu</translation>
    </message>
    <message>
        <source>On plan so far</source>
        <translation>Følger planen indtil nu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Re-time the rest…</source>
        <translation>Tilpas tiden for resten …</translation>
    </message>
    <message>
        <source>Shorten the flexible entries after this one so the plan ends on time (Ctrl+R)</source>
        <translation>Forkort de fleksible punkter efter dette, så planen slutter til tiden (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of the records</source>
        <translation>Sikkerhedskopier af registreringerne</translation>
    </message>
    <message>
        <source>Facilitator copies your records once a day and before every update of the file. Restoring a copy sets the current file aside first, so it is never lost.</source>
        <translation>Facilitator kopierer dine registreringer én gang om dagen og før hver opdatering af filen. Når du gendanner en kopi, lægges den aktuelle fil først til side, så den aldrig går tabt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Gendan denne sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Daglig kopi</translation>
    </message>
    <message>
        <source>Before an update of the file</source>
        <translation>Før en opdatering af filen</translation>
    </message>
    <message>
        <source>Taken by you</source>
        <translation>Taget af dig</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Der er ingen sikkerhedskopier endnu.</translation>
    </message>
    <message>
        <source>There are no records to back up yet.</source>
        <translation>Der er endnu ingen registreringer at sikkerhedskopiere.</translation>
    </message>
    <message>
        <source>The backup could not be written. Is the disk full?</source>
        <translation>Sikkerhedskopien kunne ikke skrives. Er disken fuld?</translation>
    </message>
    <message>
        <source>A backup was taken.</source>
        <translation>Der er taget en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Put back the records as they were on {when}?</source>
        <translation>Vil du sætte registreringerne tilbage til, som de var {when}?</translation>
    </message>
    <message>
        <source>What was recorded after that is not shown any more, but the current file is kept in the backups folder (replaced), so it can be restored again.</source>
        <translation>Det, der er registreret efter det tidspunkt, vises ikke længere, men den aktuelle fil gemmes i mappen med sikkerhedskopier (erstattet), så den kan gendannes igen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>The backup could not be restored: the disk refused.</source>
        <translation>Sikkerhedskopien kunne ikke gendannes: disken afviste det.</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Sikkerhedskopien fra {when} er gendannet.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this note</source>
        <translation>Luk denne besked</translation>
    </message>
</context>
<context>
    <name>CalmErrorDialog</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Facilitator could not start.</source>
        <translation>Facilitator kunne ikke starte.</translation>
    </message>
    <message>
        <source>Nothing you saved is lost. Details are in the log: {path}</source>
        <translation>Intet af det, du har gemt, er gået tabt. Detaljerne står i loggen: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <source>Facilitator keeps running; your work is saved. Details are in the log: {path}</source>
        <translation>Facilitator kører videre, og dit arbejde er gemt. Detaljerne står i loggen: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åbn logmappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Skift adgangsfrasen</translation>
    </message>
    <message>
        <source>Facilitator puts the records and every backup under the new passphrase. From then on only the new one opens them. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Facilitator lægger registreringerne og alle sikkerhedskopier under den nye adgangsfrase. Derefter er det kun den nye, der åbner dem. Skriv den ned, og opbevar den et sikkert sted, væk fra denne computer.</translation>
    </message>
    <message>
        <source>The passphrase in use now</source>
        <translation>Den adgangsfrase, der bruges nu</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters)</source>
        <translation>Ny adgangsfrase (mindst 8 tegn)</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Den nye adgangsfrase igen</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De to nye adgangsfraser er ikke ens.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Your copy and the new version</source>
        <translation>Din kopi og den nye udgave</translation>
    </message>
    <message>
        <source>You changed %1, and the new version of its pack changes the same slides. Choose for each slide. The other slides are already merged.</source>
        <translation>Du har ændret %1, og den nye udgave af pakken ændrer de samme slides. Vælg for hvert slide. De andre slides er allerede flettet sammen.</translation>
    </message>
    <message>
        <source>The new version of the pack that %1 came from changes slides you did not change. Apply takes them into your copy; your copy as it was is kept.</source>
        <translation>Den nye udgave af pakken, som %1 kommer fra, ændrer slides, du ikke har ændret. Anvend tager dem med i din kopi; din kopi, som den var, bliver gemt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
    <message>
        <source>Keep my slide</source>
        <translation>Behold mit slide</translation>
    </message>
    <message>
        <source>Take the new slide</source>
        <translation>Tag det nye slide</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Your copy is unchanged.</source>
        <translation>%1 kunne ikke skrives: %2. Din kopi er uændret.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>The records are in use by another program (or another Facilitator). Close it, then open the records again. The file has not been changed.</source>
        <translation>Registreringerne bruges af et andet program (eller en anden Facilitator). Luk det, og åbn så registreringerne igen. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>Facilitator cannot write to the folder {folder}. Ask your IT department, or choose another data folder. The records file has not been changed.</source>
        <translation>Facilitator kan ikke skrive i mappen {folder}. Spørg jeres IT-afdeling, eller vælg en anden datamappe. Registreringsfilen er ikke ændret.</translation>
    </message>
    <message>
        <source>Facilitator is not allowed to read {path}. Ask your IT department. The file has not been changed.</source>
        <translation>Facilitator har ikke lov til at læse {path}. Spørg jeres IT-afdeling. Filen er ikke ændret.</translation>
    </message>
    <message>
        <source>The records are encrypted and stay closed until the passphrase is given. Start Facilitator again to type it.</source>
        <translation>Registreringerne er krypterede og forbliver lukkede, indtil adgangsfrasen er givet. Start Facilitator igen for at skrive den.</translation>
    </message>
    <message>
        <source>The key file does not open the records. Ask your IT department.</source>
        <translation>Nøglefilen åbner ikke registreringerne. Spørg din IT-afdeling.</translation>
    </message>
    <message>
        <source>The key file named in the settings cannot be read. Ask your IT department.</source>
        <translation>Nøglefilen, som indstillingerne peger på, kan ikke læses. Spørg din IT-afdeling.</translation>
    </message>
    <message>
        <source>The records file is not damaged after all, so it was not replaced.</source>
        <translation>Registreringsfilen er alligevel ikke beskadiget, så den er ikke erstattet.</translation>
    </message>
    <message>
        <source>The records could not be opened. Details are in the log.</source>
        <translation>Registreringerne kunne ikke åbnes. Detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>The records cannot be opened right now.</source>
        <translation>Registreringerne kan ikke åbnes lige nu.</translation>
    </message>
    <message>
        <source>The records were saved by a newer version of Facilitator.</source>
        <translation>Registreringerne er gemt af en nyere version af Facilitator.</translation>
    </message>
    <message>
        <source>This version cannot open them and has not changed them. Update Facilitator to see your sessions and progress logs. The file is: {path}</source>
        <translation>Denne version kan ikke åbne dem og har ikke ændret dem. Opdatér Facilitator for at se dine sessioner og udviklingslogge. Filen er: {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>(no title)</source>
        <translation>(ingen titel)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>text too small</source>
        <translation>teksten er for lille</translation>
    </message>
    <message>
        <source>The text had to shrink below the readable size: cut it or split the slide.</source>
        <translation>Teksten måtte gøres mindre end det, der kan læses: kort den ned, eller del sliden.</translation>
    </message>
    <message>
        <source>The text on this slide had to shrink below the readable size. Cut some words, or split the slide (Ctrl+Shift+Enter).</source>
        <translation>Teksten på denne slide måtte gøres mindre end det, der kan læses. Stryg nogle ord, eller del sliden (Ctrl+Shift+Enter).</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>Ny slide</translation>
    </message>
    <message>
        <source>A new slide after this one (Ctrl+M)</source>
        <translation>En ny slide efter denne (Ctrl+M)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliker</translation>
    </message>
    <message>
        <source>Duplicate this slide (Ctrl+D)</source>
        <translation>Dupliker denne slide (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete this slide (Delete in the list)</source>
        <translation>Slet denne slide (Delete i listen)</translation>
    </message>
    <message>
        <source>Slides; drag to reorder, Alt+Up and Alt+Down move</source>
        <translation>Slides; træk for at ændre rækkefølgen, Alt+Op og Alt+Ned flytter</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Title slide</source>
        <translation>Titelslide</translation>
    </message>
    <message>
        <source>Section divider</source>
        <translation>Afsnitsskift</translation>
    </message>
    <message>
        <source>Heading and text</source>
        <translation>Overskrift og tekst</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>To kolonner</translation>
    </message>
    <message>
        <source>Picture with text</source>
        <translation>Billede med tekst</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>&amp;Hide when presenting</source>
        <translation>&amp;Skjul under præsentationen</translation>
    </message>
    <message>
        <source>Hide this slide when presenting</source>
        <translation>Skjul denne slide under præsentationen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Slidens titel</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>Slide text (Markdown)</source>
        <translation>Slidens tekst (Markdown)</translation>
    </message>
    <message>
        <source>- A point
- Another point</source>
        <translation>- Et punkt
- Et punkt mere</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>Speaker notes (only you see them)</source>
        <translation>Talenoter (kun du ser dem)</translation>
    </message>
    <message>
        <source>What you want to say; only you see this.</source>
        <translation>Det, du vil sige; kun du ser det.</translation>
    </message>
    <message>
        <source>Insert a &amp;picture…</source>
        <translation>Indsæt et &amp;billede…</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Indsæt et billede</translation>
    </message>
    <message>
        <source>Preview of the slide</source>
        <translation>Forhåndsvisning af sliden</translation>
    </message>
</context>
<context>
    <name>DeckImport</name>
    <message>
        <source>Import decks</source>
        <translation>Importér præsentationer</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Præsentationer</translation>
    </message>
    <message>
        <source>Importing decks…</source>
        <translation>Importerer præsentationer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>%1: could not be imported (an error in Facilitator; see the log)</source>
        <translation>%1: kunne ikke importeres (en fejl i Facilitator; se logfilen)</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Importeret før</translation>
    </message>
    <message>
        <source>%1 was imported before. Update the earlier import, or import it as new?</source>
        <translation>%1 er importeret før. Vil du opdatere den tidligere import eller importere den som ny?</translation>
    </message>
    <message>
        <source>Updating keeps its id, so plans and session logs stay linked to it.</source>
        <translation>En opdatering beholder id&apos;et, så planer og sessionslog stadig peger på den.</translation>
    </message>
    <message>
        <source>Update the earlier import</source>
        <translation>Opdatér den tidligere import</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importér som ny</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importeret</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>opdateret</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>slide %1: simplified: %2</source>
        <translation>dias %1: forenklet: %2</translation>
    </message>
    <message>
        <source>slide %1: dropped: %2</source>
        <translation>dias %1: udeladt: %2</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>%1 decks imported into My material; %2 refused.</source>
        <translation>%1 præsentationer importeret til Mit materiale; %2 afvist.</translation>
    </message>
    <message>
        <source>Cancelled: %1 files were not imported.</source>
        <translation>Annulleret: %1 filer blev ikke importeret.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>DeckPreview</name>
    <message>
        <source>Speaker notes · slide %1 of %2</source>
        <translation>Talernoter · dias %1 af %2</translation>
    </message>
    <message>
        <source>This slide has no speaker notes.</source>
        <translation>Dette dias har ingen talernoter.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Talernoter</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Group form</source>
        <translation>Organisering</translation>
    </message>
    <message>
        <source>Steps take</source>
        <translation>Trinene tager</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Noter til underviseren</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Refleksionsspørgsmål</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variationer</translation>
    </message>
    <message>
        <source>In this module</source>
        <translation>I dette modul</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Billedet kan ikke vises</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>cannot make a new &apos;{kind}&apos; (use one of: {kinds})</source>
        <translation>kan ikke lave et nyt &apos;{kind}&apos; (brug et af: {kinds})</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>{file}: bundled content is read-only; make your own copy</source>
        <translation>{file}: medfølgende materiale kan ikke ændres; lav din egen kopi</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}: kan ikke åbnes ({error})</translation>
    </message>
    <message>
        <source>{file}: describe the picture in a few words (alt text)</source>
        <translation>{file}: beskriv billedet med få ord (alternativ tekst)</translation>
    </message>
    <message>
        <source>{file}: only PNG, JPEG and SVG pictures can be used</source>
        <translation>{file}: kun PNG-, JPEG- og SVG-billeder kan bruges</translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation>{file}: filen findes ikke</translation>
    </message>
    <message>
        <source>{file}: too large ({size} KiB)</source>
        <translation>{file}: billedet er for stort ({size} KiB)</translation>
    </message>
    <message>
        <source>{file}: the file is not a {kind} picture</source>
        <translation>{file}: filen er ikke et {kind}-billede</translation>
    </message>
    <message>
        <source>{file}: too large ({width}x{height} pixels)</source>
        <translation>{file}: billedet er for stort ({width}x{height} pixels)</translation>
    </message>
    <message>
        <source>{file}: not a picture that can be read (damaged?)</source>
        <translation>{file}: ikke et billede, der kan læses (beskadiget?)</translation>
    </message>
    <message>
        <source>{file}:{line}: {reason}; the SVG is refused</source>
        <translation>{file}:{line}: {reason}; SVG-billedet afvises</translation>
    </message>
</context>
<context>
    <name>EditorScreen</name>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunne ikke gemme: %1</translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation>Gemt som kladde</translation>
    </message>
    <message>
        <source>Your text is kept as a draft; the library keeps the last version without errors until this is fixed:</source>
        <translation>Din tekst er gemt som kladde; biblioteket beholder den seneste version uden fejl, indtil dette er rettet:</translation>
    </message>
    <message>
        <source>A draft from last time was restored.</source>
        <translation>En kladde fra sidst blev hentet frem.</translation>
    </message>
    <message>
        <source>This file was changed outside Facilitator while it was open. Reload it, or keep the text shown here?</source>
        <translation>Filen blev ændret uden for Facilitator, mens den var åben. Vil du hente den igen eller beholde teksten her?</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Indsæt et billede</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Describe the picture</source>
        <translation>Beskriv billedet</translation>
    </message>
    <message>
        <source>Describe %1 in a few words. It is read aloud to people who cannot see it, and shown in your notes.</source>
        <translation>Beskriv %1 med få ord. Beskrivelsen læses op for dem, der ikke kan se billedet, og står i dine noter.</translation>
    </message>
    <message>
        <source>A picture needs a description (alt text).</source>
        <translation>Et billede skal have en beskrivelse (alternativ tekst).</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Billede: %1</translation>
    </message>
    <message>
        <source>Fix the problem shown first: the draft cannot be shown.</source>
        <translation>Ret først det viste problem: kladden kan ikke vises.</translation>
    </message>
    <message>
        <source>Not made: %1 cannot be written (%2).</source>
        <translation>Ikke oprettet: %1 kan ikke gemmes (%2).</translation>
    </message>
    <message>
        <source>Your copy of “%1” is in My material.</source>
        <translation>Din kopi af “%1” ligger i Mit materiale.</translation>
    </message>
    <message>
        <source>The open plan now uses your copy.</source>
        <translation>Den åbne plan bruger nu din kopi.</translation>
    </message>
    <message>
        <source>Your copy of the module “%1” is in the library.</source>
        <translation>Din kopi af modulet “%1” ligger i biblioteket.</translation>
    </message>
    <message>
        <source>← Library</source>
        <translation>← Bibliotek</translation>
    </message>
    <message>
        <source>Back to the library (Ctrl+W); everything is saved</source>
        <translation>Tilbage til biblioteket (Ctrl+W); alt er gemt</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Tilbage til biblioteket</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Materialets titel</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutter</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Fortryd den seneste ændring (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gentag (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Show the Markdown source (Ctrl+U)</source>
        <translation>Vis Markdown-kilden (Ctrl+U)</translation>
    </message>
    <message>
        <source>Show the Markdown source</source>
        <translation>Vis Markdown-kilden</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Præsentér</translation>
    </message>
    <message>
        <source>Present from this slide (F5)</source>
        <translation>Præsenter fra denne slide (F5)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hent igen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <source>Markdown source of the item</source>
        <translation>Materialets Markdown-kilde</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Opening the library…</source>
        <translation>Åbner biblioteket …</translation>
    </message>
    <message>
        <source>Choose an item to see it here</source>
        <translation>Vælg et element for at se det her</translation>
    </message>
    <message>
        <source>Use the arrow keys in the list. Ctrl+F searches; F1 shows every key.</source>
        <translation>Brug piletasterne i listen. Ctrl+F søger; F1 viser alle taster.</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Intet passer</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or clear the filters. Esc clears the search.</source>
        <translation>Prøv færre eller kortere ord, eller ryd filtrene. Esc rydder søgningen.</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>Biblioteket er tomt</translation>
    </message>
    <message>
        <source>Add a content folder in Settings (Ctrl+,).</source>
        <translation>Tilføj en indholdsmappe under Indstillinger (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the records</source>
        <translation>Kryptér registreringerne</translation>
    </message>
    <message>
        <source>Facilitator will encrypt the records and every backup (SQLCipher, AES-256). Anyone who copies the files then sees nothing but noise.

Facilitator will ask for the passphrase each time it starts. The passphrase is not stored anywhere.

If you forget the passphrase, the records cannot be opened again: not by you, not by your IT department, not by us. There is no way back. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Facilitator krypterer registreringerne og alle sikkerhedskopier (SQLCipher, AES-256). Den, der kopierer filerne, ser derefter kun støj.

Facilitator spørger efter adgangsfrasen, hver gang programmet starter. Adgangsfrasen gemmes ingen steder.

Hvis du glemmer adgangsfrasen, kan registreringerne aldrig åbnes igen: hverken af dig, af din IT-afdeling eller af os. Der er ingen vej tilbage. Skriv den ned, og opbevar den et sikkert sted, væk fra denne computer.</translation>
    </message>
    <message>
        <source>Passphrase (at least 8 characters)</source>
        <translation>Adgangsfrase (mindst 8 tegn)</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Den samme adgangsfrase igen</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase means the records are lost.</source>
        <translation>Jeg forstår, at en glemt adgangsfrase betyder, at registreringerne er tabt.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Kryptér</translation>
    </message>
    <message>
        <source>The work stopped half way, but every file is whole. Facilitator asks for the new passphrase at the next start and then encrypts the rest.</source>
        <translation>Arbejdet stoppede halvvejs, men alle filer er hele. Facilitator beder om den nye adgangsfrase ved næste start og krypterer derefter resten.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangsfraser er ikke ens.</translation>
    </message>
</context>
<context>
    <name>EndTimeDialog</name>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>When does the session end?</source>
        <translation>Hvornår slutter sessionen?</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Angiv</translation>
    </message>
    <message>
        <source>No end time</source>
        <translation>Ingen sluttid</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Note for the trainer</source>
        <translation>Note til underviseren</translation>
    </message>
    <message>
        <source>Own slide</source>
        <translation>Eget dias</translation>
    </message>
    <message>
        <source>Only you see this note, in the plan and the console</source>
        <translation>Kun du ser denne note, i planen og i konsollen</translation>
    </message>
    <message>
        <source>Optional: a slide written in Markdown, e.g. # What do you hope to learn?</source>
        <translation>Valgfrit: et dias skrevet i Markdown, fx # Hvad håber du at lære?</translation>
    </message>
    <message>
        <source>May be shortened when re-timing</source>
        <translation>Kan forkortes, når tiderne tilpasses</translation>
    </message>
    <message>
        <source>Choose slides…</source>
        <translation>Vælg dias …</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Erstat …</translation>
    </message>
    <message>
        <source>I have looked at it</source>
        <translation>Jeg har set det igennem</translation>
    </message>
    <message>
        <source>Choose an entry to see its details.</source>
        <translation>Vælg et punkt for at se detaljerne.</translation>
    </message>
    <message>
        <source>Library item</source>
        <translation>Element i biblioteket</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free entry</source>
        <translation>Frit punkt</translation>
    </message>
    <message>
        <source>“%1” is not in your library (perhaps it came from a colleague&apos;s plan). Choose Replace… to put another item here, or add the module it comes from.</source>
        <translation>“%1” findes ikke i dit bibliotek (måske kom det fra en kollegas plan). Vælg Erstat … for at sætte et andet element her, eller tilføj det modul, det kommer fra.</translation>
    </message>
    <message>
        <source>This item was changed in a library update since it was planned. Look it over; the plan keeps working.</source>
        <translation>Elementet er ændret i en biblioteksopdatering, siden det blev planlagt. Se det igennem; planen virker stadig.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Steps: %1 of %2 min</source>
        <translation>Trin: %1 af %2 min</translation>
    </message>
    <message>
        <source>a step has no minutes</source>
        <translation>et trin mangler minutter</translation>
    </message>
    <message>
        <source>must match the duration</source>
        <translation>skal passe med varigheden</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <source>Purpose (shown to the group)</source>
        <translation>Formål (vises for gruppen)</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Materialer</translation>
    </message>
    <message>
        <source>Materials (shown to the group)</source>
        <translation>Materialer (vises for gruppen)</translation>
    </message>
    <message>
        <source>&amp;Reflection questions</source>
        <translation>&amp;Refleksionsspørgsmål</translation>
    </message>
    <message>
        <source>Reflection questions (shown to the group)</source>
        <translation>Refleksionsspørgsmål (vises for gruppen)</translation>
    </message>
    <message>
        <source>&amp;Variations</source>
        <translation>&amp;Variationer</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variationer</translation>
    </message>
    <message>
        <source>&amp;Facilitator notes</source>
        <translation>&amp;Noter til underviseren</translation>
    </message>
    <message>
        <source>Facilitator notes (only you see them, never the projector)</source>
        <translation>Noter til underviseren (kun du ser dem, aldrig projektoren)</translation>
    </message>
    <message>
        <source>Only you see this, never the projector.</source>
        <translation>Kun du ser dette, aldrig projektoren.</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Trin</translation>
    </message>
    <message>
        <source>Steps, with minutes</source>
        <translation>Trin med minutter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Tilføj et trin</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Fjern trinnet</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as pack</source>
        <translation>Eksportér som pakke</translation>
    </message>
    <message>
        <source>Choose what goes into the pack. What it uses comes along.</source>
        <translation>Vælg, hvad der skal med i pakken. Det, som det bruger, kommer med.</translation>
    </message>
    <message>
        <source>What goes into the pack</source>
        <translation>Det, der kommer med i pakken</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>a key file from &apos;facilitator pack keygen&apos; (optional)</source>
        <translation>en nøglefil fra &apos;facilitator pack keygen&apos; (valgfri)</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Pakkens id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Udgave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Udgiver</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Signér med</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>FoldersEditor</name>
    <message>
        <source>%1  (from your IT department)</source>
        <translation>%1  (fra din it-afdeling)</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Fastlagt af din it-afdeling</translation>
    </message>
    <message>
        <source>No extra folders: only the bundled library and your own items.</source>
        <translation>Ingen ekstra mapper: kun det medfølgende bibliotek og dine egne elementer.</translation>
    </message>
    <message>
        <source>Choose a content folder</source>
        <translation>Vælg en indholdsmappe</translation>
    </message>
    <message>
        <source>%1 cannot be a content folder: the app reads every file below it. Choose an existing folder inside your home folder or on a shared drive, not the home folder itself or a folder above it.</source>
        <translation>%1 kan ikke være en indholdsmappe: programmet læser alle filer under den. Vælg en eksisterende mappe i din hjemmemappe eller på et fælles drev, ikke selve hjemmemappen eller en mappe over den.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Tilføj mappe …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation>Indholdsmapper</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>What it does</source>
        <translation>Hvad den gør</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide – Facilitator</source>
        <translation>Brugervejledning – Facilitator</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Søg i vejledningen</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Vejledningens sider</translation>
    </message>
    <message>
        <source>Page of the guide</source>
        <translation>Side i vejledningen</translation>
    </message>
    <message>
        <source>No page holds these words.</source>
        <translation>Ingen side indeholder de ord.</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle taster</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, on the page about presenting</source>
        <translation>Alle tastaturgenveje, på siden om præsentation</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>the file needs more memory than this computer has</source>
        <translation>filen kræver mere hukommelse, end denne computer har</translation>
    </message>
    <message>
        <source>the file is nested too deeply to read</source>
        <translation>filen er indlejret for dybt til at kunne læses</translation>
    </message>
    <message>
        <source>cannot import this kind of file (use one of: {known})</source>
        <translation>denne slags fil kan ikke importeres (brug en af: {known})</translation>
    </message>
    <message>
        <source>links are not followed; import the file itself</source>
        <translation>genveje følges ikke; importér selve filen</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>the file is too large ({size} MiB; at most {limit} MiB)</source>
        <translation>filen er for stor ({size} MiB; højst {limit} MiB)</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>filen kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is password-protected or in an old format; save it as an unprotected {what} file and import that</source>
        <translation>filen er beskyttet med adgangskode eller i et gammelt format; gem den som en ubeskyttet {what}-fil, og importér den</translation>
    </message>
    <message>
        <source>not a {what} file (it is damaged or of another kind)</source>
        <translation>ikke en {what}-fil (den er beskadiget eller af en anden slags)</translation>
    </message>
    <message>
        <source>the file holds {count} parts (at most {most})</source>
        <translation>filen indeholder {count} dele (højst {most})</translation>
    </message>
    <message>
        <source>the file holds a part with an unsafe name: {part}</source>
        <translation>filen indeholder en del med et usikkert navn: {part}</translation>
    </message>
    <message>
        <source>the file is password-protected; save it without a password</source>
        <translation>filen er beskyttet med adgangskode; gem den uden adgangskode</translation>
    </message>
    <message>
        <source>the part {part} unpacks to {size} KiB, far more than a deck holds (a zip bomb?)</source>
        <translation>delen {part} fylder {size} KiB udpakket, langt mere end en præsentation rummer (en zip-bombe?)</translation>
    </message>
    <message>
        <source>the file unpacks to {size} MiB (at most {most} MiB)</source>
        <translation>filen fylder {size} MiB udpakket (højst {most} MiB)</translation>
    </message>
    <message>
        <source>the part {part} cannot be read (damaged)</source>
        <translation>delen {part} kan ikke læses (beskadiget)</translation>
    </message>
    <message>
        <source>the part {part} is too large</source>
        <translation>delen {part} er for stor</translation>
    </message>
    <message>
        <source>the part {part} declares XML entities or a DTD, which a deck never needs</source>
        <translation>delen {part} erklærer XML-entiteter eller en DTD, som en præsentation aldrig har brug for</translation>
    </message>
    <message>
        <source>the part {part} is not valid XML (damaged)</source>
        <translation>delen {part} er ikke gyldig XML (beskadiget)</translation>
    </message>
    <message>
        <source>it is too large ({width}x{height} pixels)</source>
        <translation>det er for stort ({width}x{height} pixels)</translation>
    </message>
    <message>
        <source>its format ({kind}) cannot be shown on a slide</source>
        <translation>formatet ({kind}) kan ikke vises på et dias</translation>
    </message>
    <message>
        <source>it is not a picture Facilitator can read</source>
        <translation>det er ikke et billede, Facilitator kan læse</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>det er for stort</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>det er beskadiget</translation>
    </message>
    <message>
        <source>the deck has {count} slides; at most {most} can be imported at once (split it into smaller decks)</source>
        <translation>præsentationen har {count} dias; højst {most} kan importeres ad gangen (del den op i mindre præsentationer)</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: {reason}</source>
        <translation>billedet &apos;{name}&apos;: {reason}</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>billede</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text; save the file as UTF-8</source>
        <translation>linje {line}: ikke UTF-8-tekst; gem filen som UTF-8</translation>
    </message>
    <message>
        <source>already a Facilitator item (its front matter has an id); put it in a module folder instead of importing it</source>
        <translation>allerede et Facilitator-element (metadata øverst i filen har et id); læg det i en modulmappe i stedet for at importere det</translation>
    </message>
    <message>
        <source>the file has no slides</source>
        <translation>filen har ingen dias</translation>
    </message>
    <message>
        <source>Marp settings not used (Facilitator&apos;s theme shows the slides): {names}</source>
        <translation>Marp-indstillinger, der ikke bruges (Facilitators tema viser diasene): {names}</translation>
    </message>
    <message>
        <source>line {line}: front matter: {problem}</source>
        <translation>linje {line}: metadata øverst i filen: {problem}</translation>
    </message>
    <message>
        <source>Marp directives: {names}</source>
        <translation>Marp-direktiver: {names}</translation>
    </message>
    <message>
        <source>the slide had nothing to show; it shows its number</source>
        <translation>diaset havde intet at vise; det viser sit nummer</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>&apos;lead&apos; class, as a title slide</source>
        <translation>klassen &apos;lead&apos;, som titeldias</translation>
    </message>
    <message>
        <source>speaker notes</source>
        <translation>talernoter</translation>
    </message>
    <message>
        <source>picture size or filter settings dropped</source>
        <translation>billedets størrelse eller filterindstillinger er udeladt</translation>
    </message>
    <message>
        <source>a second background picture (only one is shown)</source>
        <translation>endnu et baggrundsbillede (kun ét vises)</translation>
    </message>
    <message>
        <source>background picture</source>
        <translation>baggrundsbillede</translation>
    </message>
    <message>
        <source>an HTML picture became a Markdown picture</source>
        <translation>et HTML-billede blev til et Markdown-billede</translation>
    </message>
    <message>
        <source>more than one side picture (only the first is shown)</source>
        <translation>mere end ét sidebillede (kun det første vises)</translation>
    </message>
    <message>
        <source>side picture (left), as the image layout</source>
        <translation>sidebillede (venstre), som billedlayoutet</translation>
    </message>
    <message>
        <source>side picture (right), as the image layout</source>
        <translation>sidebillede (højre), som billedlayoutet</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: not a local file (only local files show)</source>
        <translation>billedet &apos;{name}&apos;: ikke en lokal fil (kun lokale filer vises)</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: file not found</source>
        <translation>billedet &apos;{name}&apos;: filen findes ikke</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: cannot be read ({error})</source>
        <translation>billedet &apos;{name}&apos;: kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>hidden, as in the original (the editor can show it again)</source>
        <translation>skjult, som i originalen (editoren kan vise det igen)</translation>
    </message>
    <message>
        <source>a chart without text or numbers that could be read</source>
        <translation>et diagram uden tekst eller tal, der kunne læses</translation>
    </message>
    <message>
        <source>a chart became a table of its numbers (the picture is not drawn)</source>
        <translation>et diagram blev til en tabel over dets tal (selve tegningen vises ikke)</translation>
    </message>
    <message>
        <source>the chart&apos;s rows after the first {count}</source>
        <translation>diagrammets rækker efter de første {count}</translation>
    </message>
    <message>
        <source>not an Impress (.odp) file (it has no content part)</source>
        <translation>ikke en Impress-fil (.odp) (den har ingen indholdsdel)</translation>
    </message>
    <message>
        <source>not a presentation (it is another kind of OpenDocument file)</source>
        <translation>ikke en præsentation (det er en anden slags OpenDocument-fil)</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read ({error})</source>
        <translation>filen er beskadiget og kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>the deck has no slides</source>
        <translation>præsentationen har ingen dias</translation>
    </message>
    <message>
        <source>slide {number} cannot be read ({error})</source>
        <translation>dias {number} kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>{count} pictures are shown one after the other</source>
        <translation>{count} billeder vises efter hinanden</translation>
    </message>
    <message>
        <source>nothing on the slide could be kept; it shows its number</source>
        <translation>intet på diaset kunne bevares; det viser sit nummer</translation>
    </message>
    <message>
        <source>grouped shapes became paragraphs of text</source>
        <translation>grupperede figurer blev til tekstafsnit</translation>
    </message>
    <message>
        <source>a group of drawn shapes (no text)</source>
        <translation>en gruppe tegnede figurer (uden tekst)</translation>
    </message>
    <message>
        <source>a drawn shape&apos;s text became a paragraph</source>
        <translation>teksten i en tegnet figur blev til et afsnit</translation>
    </message>
    <message>
        <source>a drawn shape without text</source>
        <translation>en tegnet figur uden tekst</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>brødtekst</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>undertitel</translation>
    </message>
    <message>
        <source>a free-placed text box became a paragraph</source>
        <translation>et frit placeret tekstfelt blev til et afsnit</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>an embedded object (cannot be shown)</source>
        <translation>et indlejret objekt (kan ikke vises)</translation>
    </message>
    <message>
        <source>a frame with nothing that can be shown</source>
        <translation>en ramme uden noget, der kan vises</translation>
    </message>
    <message>
        <source>a picture that is linked, not stored in the file</source>
        <translation>et billede, der er sammenkædet og ikke gemt i filen</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>ikke en PDF-fil</translation>
    </message>
    <message>
        <source>the PDF is password-protected; save a copy without a password</source>
        <translation>PDF&apos;en er beskyttet med adgangskode; gem en kopi uden adgangskode</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF&apos;en er beskadiget og kan ikke læses</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF&apos;en har ingen sider</translation>
    </message>
    <message>
        <source>page {number} is damaged</source>
        <translation>side {number} er beskadiget</translation>
    </message>
    <message>
        <source>page {number} has no size</source>
        <translation>side {number} har ingen størrelse</translation>
    </message>
    <message>
        <source>page {number} cannot be drawn</source>
        <translation>side {number} kan ikke tegnes</translation>
    </message>
    <message>
        <source>the page, as a picture</source>
        <translation>siden, som et billede</translation>
    </message>
    <message>
        <source>its words, for searching</source>
        <translation>dens ord, til søgning</translation>
    </message>
    <message>
        <source>Beamer notes (the right half of the page)</source>
        <translation>Beamer-noter (sidens højre halvdel)</translation>
    </message>
    <message>
        <source>speaker notes from the pdfpc file</source>
        <translation>talernoter fra pdfpc-filen</translation>
    </message>
    <message>
        <source>the page is a picture: its text cannot be edited</source>
        <translation>siden er et billede: teksten kan ikke redigeres</translation>
    </message>
    <message>
        <source>{file}: too large (at most 2 MiB); its notes are not used</source>
        <translation>{file}: for stor (højst 2 MiB); noterne bruges ikke</translation>
    </message>
    <message>
        <source>{file}: not a pdfpc notes file in JSON; its notes are not used</source>
        <translation>{file}: ikke en pdfpc-notefil i JSON; noterne bruges ikke</translation>
    </message>
    <message>
        <source>{file}: has no &apos;pages&apos; list; its notes are not used</source>
        <translation>{file}: har ingen &apos;pages&apos;-liste; noterne bruges ikke</translation>
    </message>
    <message>
        <source>notes read from {file}</source>
        <translation>noter læst fra {file}</translation>
    </message>
    <message>
        <source>not a PowerPoint (.pptx) file (it has no presentation part)</source>
        <translation>ikke en PowerPoint-fil (.pptx) (den har ingen præsentationsdel)</translation>
    </message>
    <message>
        <source>sections in the original (kept as one deck, each marked on its first slide): {sections}</source>
        <translation>sektioner i originalen (bevaret som én præsentation, hver markeret på sit første dias): {sections}</translation>
    </message>
    <message>
        <source>a video or sound (cannot be played)</source>
        <translation>en video eller lyd (kan ikke afspilles)</translation>
    </message>
    <message>
        <source>list levels deeper than four became the fourth level</source>
        <translation>listeniveauer dybere end fire blev til det fjerde niveau</translation>
    </message>
    <message>
        <source>SmartArt without text that could be read</source>
        <translation>SmartArt uden tekst, der kunne læses</translation>
    </message>
    <message>
        <source>SmartArt became a list of its text (the drawing is not kept)</source>
        <translation>SmartArt blev til en liste over teksten (selve tegningen bevares ikke)</translation>
    </message>
    <message>
        <source>no module with the id &apos;{module}&apos; in your own folder ({folder})</source>
        <translation>intet modul med id&apos;et &apos;{module}&apos; i din egen mappe ({folder})</translation>
    </message>
    <message>
        <source>the deck has more text than one item may hold (2 MiB); split it</source>
        <translation>præsentationen har mere tekst, end ét element må rumme (2 MiB); del den op</translation>
    </message>
    <message>
        <source>the imported deck did not pass the content check: {problems}</source>
        <translation>den importerede præsentation bestod ikke indholdstjekket: {problems}</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Present</source>
        <translation>Præsentér</translation>
    </message>
    <message>
        <source>Present from the start on the projector (F5)</source>
        <translation>Præsentér fra begyndelsen på projektoren (F5)</translation>
    </message>
    <message>
        <source>Make my copy</source>
        <translation>Lav min kopi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Copy it into My material to change it (Ctrl+Shift+E)</source>
        <translation>Kopier det til Mit materiale for at ændre det (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Change it in the editor (Ctrl+Shift+E)</source>
        <translation>Ret det i redigeringen (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>1 slide</source>
        <translation>1 dias</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <source>Touches heavy themes – read the facilitator notes</source>
        <translation>Berører tunge emner – læs noterne til underviseren</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 element</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 elementer</translation>
    </message>
    <message>
        <source>%1 min in all</source>
        <translation>%1 min i alt</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
</context>
<context>
    <name>KeyHelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Esc or F1 closes</source>
        <translation>Esc eller F1 lukker</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
</context>
<context>
    <name>KeyJobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>Fil %1 af %2</translation>
    </message>
    <message>
        <source>That passphrase does not open the records. Nothing was changed; try again (capital letters count).</source>
        <translation>Den adgangsfrase åbner ikke registreringerne. Intet er ændret; prøv igen (store og små bogstaver tæller).</translation>
    </message>
    <message>
        <source>The work stopped half way, but every file is whole. Facilitator finishes it at the next start; either passphrase opens the records then.</source>
        <translation>Arbejdet stoppede halvvejs, men alle filer er hele. Facilitator gør det færdigt ved næste start; begge adgangsfraser åbner registreringerne da.</translation>
    </message>
    <message>
        <source>Another program has the records open (a presentation started from a terminal?). Nothing was changed: end it, then try again.</source>
        <translation>Et andet program har registreringerne åbne (en præsentation startet fra en terminal?). Intet er ændret: afslut den, og prøv så igen.</translation>
    </message>
    <message>
        <source>It could not be done (is the disk full?). Nothing was changed: the records open as before.</source>
        <translation>Det kunne ikke lade sig gøre (er disken fuld?). Intet er ændret: registreringerne åbner som før.</translation>
    </message>
</context>
<context>
    <name>KeyTest</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does nothing while presenting.</source>
        <translation>%1 gør ingenting, når du præsenterer.</translation>
    </message>
    <message>
        <source>Key test</source>
        <translation>Tastetest</translation>
    </message>
    <message>
        <source>Press your clicker&apos;s keys now. Click elsewhere to stop.</source>
        <translation>Tryk på klikkerens taster nu. Klik et andet sted for at stoppe.</translation>
    </message>
    <message>
        <source>Click here, then press each key of your clicker.</source>
        <translation>Klik her, og tryk så på hver tast på din klikker.</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>genkendt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>%1: recognised (%2)</source>
        <translation>%1: genkendt (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Slide deck</source>
        <translation>Diasshow</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Uddelingsark</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Underviservejledning</translation>
    </message>
    <message>
        <source>Slide decks</source>
        <translation>Diasshows</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Uddelingsark</translation>
    </message>
    <message>
        <source>Facilitator guides</source>
        <translation>Underviservejledninger</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alene</translation>
    </message>
    <message>
        <source>In pairs</source>
        <translation>To og to</translation>
    </message>
    <message>
        <source>In groups</source>
        <translation>I grupper</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Hele holdet</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bevægelse</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skrivning</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
    <message>
        <source>Calm and bright; good in a lit room</source>
        <translation>Roligt og lyst; godt i et oplyst lokale</translation>
    </message>
    <message>
        <source>Easy on the eyes in a dim room</source>
        <translation>Skånsomt for øjnene i et mørkt lokale</translation>
    </message>
    <message>
        <source>Strongest contrast, larger text on slides</source>
        <translation>Stærkest kontrast og større tekst på dias</translation>
    </message>
    <message>
        <source>unverified pack</source>
        <translation>ubekræftet pakke</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
</context>
<context>
    <name>LibraryPresenter</name>
    <message>
        <source>Choose a deck or an exercise to present.</source>
        <translation>Vælg et diasshow eller en øvelse at præsentere.</translation>
    </message>
    <message>
        <source>Slide %1 is no longer in &apos;%2&apos;: it starts from the beginning.</source>
        <translation>Dias %1 findes ikke længere i &apos;%2&apos;: det starter fra begyndelsen.</translation>
    </message>
    <message>
        <source>Stopped at slide %1 of &apos;%2&apos;. Present &gt; Continue where you stopped (Alt+F5).</source>
        <translation>Stoppet ved dias %1 i &apos;%2&apos;. Præsentér &gt; Fortsæt hvor du slap (Alt+F5).</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Nothing matches the search and filters of the library. Clear them in the library&apos;s search bar (Esc in the search field).</source>
        <translation>Intet passer til bibliotekets søgning og filtre. Ryd dem i bibliotekets søgelinje (Esc i søgefeltet).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nothing to continue yet: present a deck, an exercise or a plan.</source>
        <translation>Intet at fortsætte endnu: vis et diasshow, en øvelse eller en plan.</translation>
    </message>
    <message>
        <source>The plan &apos;%1&apos; is no longer there.</source>
        <translation>Planen &apos;%1&apos; findes ikke længere.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer in the library.</source>
        <translation>&apos;%1&apos; er ikke længere i biblioteket.</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>Plan and run training sessions on mental health, mentalization, resilience and coping.</source>
        <translation>Planlæg og gennemfør undervisning i mental sundhed, mentalisering, robusthed og mestring.</translation>
    </message>
    <message>
        <source>Works offline. Nothing you write leaves this computer.</source>
        <translation>Virker uden netværk. Intet af det, du skriver, forlader denne computer.</translation>
    </message>
    <message>
        <source>Free software under the GPL 3.0 or later. Qt is used under the LGPL.</source>
        <translation>Fri software under GPL 3.0 eller senere. Qt bruges under LGPL.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Præsentér</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Åbner biblioteket …</translation>
    </message>
    <message>
        <source>1 item in the library</source>
        <translation>1 element i biblioteket</translation>
    </message>
    <message>
        <source>%1 items in the library</source>
        <translation>%1 elementer i biblioteket</translation>
    </message>
    <message>
        <source>Showing %1 of %2 items</source>
        <translation>Viser %1 af %2 elementer</translation>
    </message>
    <message>
        <source>1 problem in the library</source>
        <translation>1 problem i biblioteket</translation>
    </message>
    <message>
        <source>%1 problems in the library</source>
        <translation>%1 problemer i biblioteket</translation>
    </message>
    <message>
        <source>Show which files have problems</source>
        <translation>Vis hvilke filer der har problemer</translation>
    </message>
</context>
<context>
    <name>MentorScreen</name>
    <message>
        <source>People (pseudonyms only)</source>
        <translation>Personer (kun pseudonymer)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Pseudonym of a new person</source>
        <translation>Pseudonym for en ny person</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. initials or a nickname</source>
        <translation>Pseudonym, fx initialer eller et kaldenavn</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Delete a person&apos;s records this many months after the last meeting (0: keep until you delete them):</source>
        <translation>Slet en persons registreringer så mange måneder efter det sidste møde (0: behold, indtil du selv sletter dem):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportér PDF …</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Slet alt …</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Udvikling over tid</translation>
    </message>
    <message>
        <source>All five</source>
        <translation>Alle fem</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Marks and note</source>
        <translation>Vurderinger og note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Note about the meeting (saves as you type)</source>
        <translation>Note om mødet (gemmes, mens du skriver)</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>A concrete sub-goal, e.g. &apos;Comes to the first lesson three days in a row&apos;</source>
        <translation>Et konkret delmål, fx &apos;Kommer til første time tre dage i træk&apos;</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>Tilføj delmål</translation>
    </message>
    <message>
        <source>Add a person to start a progress log.</source>
        <translation>Tilføj en person for at starte en udviklingslog.</translation>
    </message>
    <message>
        <source>No marks yet. Add a meeting and give marks from 1 to 5.</source>
        <translation>Ingen vurderinger endnu. Tilføj et møde, og giv vurderinger fra 1 til 5.</translation>
    </message>
    <message>
        <source>To be deleted soon:</source>
        <translation>Slettes snart:</translation>
    </message>
    <message>
        <source>There is already a person with that pseudonym.</source>
        <translation>Der findes allerede en person med det pseudonym.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Opbevaringsperiode</translation>
    </message>
    <message>
        <source>The retention period has run out for these records:</source>
        <translation>Opbevaringsperioden er udløbet for disse registreringer:</translation>
    </message>
    <message>
        <source>Delete them now</source>
        <translation>Slet dem nu</translation>
    </message>
    <message>
        <source>Keep one more month</source>
        <translation>Behold en måned mere</translation>
    </message>
    <message>
        <source>Delete a person&apos;s records</source>
        <translation>Slet en persons registreringer</translation>
    </message>
    <message>
        <source>Delete everything about “{name}”?</source>
        <translation>Vil du slette alt om “{name}”?</translation>
    </message>
    <message>
        <source>Sub-goals, meetings, marks and notes are removed from the records and from their backups, and cannot be brought back. Export first if you need a copy.</source>
        <translation>Delmål, møder, vurderinger og noter fjernes fra registreringerne og fra sikkerhedskopierne og kan ikke gendannes. Eksportér først, hvis du har brug for en kopi.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Slet alt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>%1 backup files could not be cleaned; delete them by hand in the backups folder.</source>
        <translation>%1 sikkerhedskopifiler kunne ikke renses; slet dem manuelt i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The records were deleted.</source>
        <translation>Registreringerne er slettet.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>New item</source>
        <translation>Nyt materiale</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Slags</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Slags materiale</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>It goes into My material, in your own folder.</source>
        <translation>Det lægges i Mit materiale i din egen mappe.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <source>E&amp;xport as pack…</source>
        <translation>Eksportér som &amp;pakke …</translation>
    </message>
    <message>
        <source>I&amp;mport pack…</source>
        <translation>Impor&amp;tér pakke …</translation>
    </message>
    <message>
        <source>&amp;Packs…</source>
        <translation>&amp;Pakker…</translation>
    </message>
    <message>
        <source>“%1”: version %2 is available (you have %3).</source>
        <translation>„%1“: udgave %2 findes (du har %3).</translation>
    </message>
    <message>
        <source>%1 of your copies wait for you to choose between your slides and the new ones.</source>
        <translation>%1 af dine kopier venter på, at du vælger mellem dine slides og de nye.</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakker</translation>
    </message>
    <message>
        <source>Show packs…</source>
        <translation>Vis pakker…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Not these versions</source>
        <translation>Ikke disse versioner</translation>
    </message>
    <message>
        <source>Do not mention these versions at start again. A newer version is mentioned, and File &gt; Packs… still lists them.</source>
        <translation>Nævn ikke disse versioner ved start igen. En nyere version bliver nævnt, og Filer &gt; Pakker… viser dem stadig.</translation>
    </message>
    <message>
        <source>Could not keep your answer: %1</source>
        <translation>Dit svar kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Export as pack</source>
        <translation>Eksportér som pakke</translation>
    </message>
    <message>
        <source>Content packs (*.facpack)</source>
        <translation>Indholdspakker (*.facpack)</translation>
    </message>
    <message>
        <source>Pack written</source>
        <translation>Pakken er skrevet</translation>
    </message>
    <message>
        <source>%1: %2 items and %3 plans.</source>
        <translation>%1: %2 materialer og %3 planer.</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Skriver pakken …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Import pack</source>
        <translation>Importér pakke</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Kontrollerer pakken …</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ikke importeret</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 blev ikke importeret: %2</translation>
    </message>
    <message>
        <source>%1 is not signed by a publisher your IT department trusts, and only those packs may be imported here.</source>
        <translation>%1 er ikke signeret af en udgiver, som din IT-afdeling stoler på, og kun sådanne pakker må importeres her.</translation>
    </message>
    <message>
        <source>Importing the pack…</source>
        <translation>Importerer pakken …</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>Ubekræftet pakke</translation>
    </message>
    <message>
        <source>“%1” is not signed: nobody vouches for where it comes from.</source>
        <translation>“%1” er ikke signeret: ingen står inde for, hvor den kommer fra.</translation>
    </message>
    <message>
        <source>“%1” is signed by a publisher this computer does not know (key %2).</source>
        <translation>“%1” er signeret af en udgiver, som denne computer ikke kender (nøgle %2).</translation>
    </message>
    <message>
        <source>Import it only if you know who made it. It will be marked as unverified in the library.</source>
        <translation>Importér den kun, hvis du ved, hvem der har lavet den. Den bliver markeret som ubekræftet i biblioteket.</translation>
    </message>
    <message>
        <source>Import once</source>
        <translation>Importér denne gang</translation>
    </message>
    <message>
        <source>Import and trust this publisher</source>
        <translation>Importér og stol på denne udgiver</translation>
    </message>
    <message>
        <source>“%1”, version %2, is in the library.</source>
        <translation>“%1”, udgave %2, er nu i biblioteket.</translation>
    </message>
    <message>
        <source>Your copy %1 now has the new version&apos;s changes too.</source>
        <translation>Din kopi %1 har nu også ændringerne fra den nye udgave.</translation>
    </message>
    <message>
        <source>Accept the merge or undo it in File &gt; Packs…; until then your copy as it was is kept.</source>
        <translation>Godkend sammenfletningen, eller fortryd den, under Filer &gt; Pakker…; indtil da bliver din kopi, som den var, gemt.</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Pakken er importeret</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulleret. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke gjort</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>PackMessages</name>
    <message>
        <source>&apos;{name}&apos; holds a backslash (a Windows path that could leave the folder)</source>
        <translation>&apos;{name}&apos; indeholder en omvendt skråstreg (en Windows-sti, der kunne føre ud af mappen)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an absolute path</source>
        <translation>&apos;{name}&apos; er en absolut sti</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; names a drive</source>
        <translation>&apos;{name}&apos; nævner et drev</translation>
    </message>
    <message>
        <source>{name} holds a control character</source>
        <translation>{name} indeholder et kontroltegn</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a &apos;:&apos;</source>
        <translation>&apos;{name}&apos; indeholder et &apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has an empty, &apos;.&apos; or &apos;..&apos; part (it could leave the folder)</source>
        <translation>&apos;{name}&apos; har en tom del, &apos;.&apos; eller &apos;..&apos; (den kunne føre ud af mappen)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a part Windows cannot store (&apos;{part}&apos;)</source>
        <translation>&apos;{name}&apos; har en del, som Windows ikke kan gemme (&apos;{part}&apos;)</translation>
    </message>
    <message>
        <source>&apos;{name}…&apos; has a part longer than 200 bytes</source>
        <translation>&apos;{name}…&apos; har en del, der er længere end 200 byte</translation>
    </message>
    <message>
        <source>{file}: cannot be read: {error}</source>
        <translation>{file}: kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>{file}: {size} MiB, more than a pack may be</source>
        <translation>{file}: {size} MiB, mere end en pakke må fylde</translation>
    </message>
    <message>
        <source>{file}: a name in the zip is not UTF-8</source>
        <translation>{file}: et navn i zip-filen er ikke UTF-8</translation>
    </message>
    <message>
        <source>{file}: not a pack, or damaged or truncated ({error})</source>
        <translation>{file}: ikke en pakke, eller beskadiget eller afkortet ({error})</translation>
    </message>
    <message>
        <source>the zip holds {count} entries; a pack may hold {most}</source>
        <translation>zip-filen indeholder {count} poster; en pakke må indeholde {most}</translation>
    </message>
    <message>
        <source>{name}: the name is not marked as UTF-8</source>
        <translation>{name}: navnet er ikke markeret som UTF-8</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link; a pack holds files only</source>
        <translation>&apos;{name}&apos; er en symbolsk genvej; en pakke indeholder kun filer</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a device, pipe or socket</source>
        <translation>&apos;{name}&apos; er en enhed, et rør eller en socket</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is encrypted</source>
        <translation>&apos;{name}&apos; er krypteret</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the zip twice</source>
        <translation>&apos;{name}&apos; findes to gange i zip-filen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and &apos;{other}&apos; differ only in case or Unicode normalisation</source>
        <translation>&apos;{name}&apos; og &apos;{other}&apos; adskiller sig kun ved store og små bogstaver eller Unicode-normalisering</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MiB uncompressed; too large</source>
        <translation>&apos;{name}&apos; fylder {size} MiB udpakket; for stor</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; grows {ratio} times when unpacked (at most {most})</source>
        <translation>&apos;{name}&apos; vokser {ratio} gange, når den pakkes ud (højst {most})</translation>
    </message>
    <message>
        <source>the files add up to more than {size} MiB uncompressed</source>
        <translation>filerne fylder tilsammen mere end {size} MiB udpakket</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than {size} KiB</source>
        <translation>&apos;{name}&apos; er større end {size} KiB</translation>
    </message>
    <message>
        <source>the zip has no manifest.json: not a Facilitator pack</source>
        <translation>zip-filen har ingen manifest.json: ikke en Facilitator-pakke</translation>
    </message>
    <message>
        <source>signature: {problem}; not imported</source>
        <translation>signatur: {problem}; ikke importeret</translation>
    </message>
    <message>
        <source>manifest.json: &apos;{name}&apos; is not under content/</source>
        <translation>manifest.json: &apos;{name}&apos; ligger ikke under content/</translation>
    </message>
    <message>
        <source>manifest.json lists &apos;{name}&apos; twice</source>
        <translation>manifest.json nævner &apos;{name}&apos; to gange</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an archive inside the pack</source>
        <translation>&apos;{name}&apos; er et arkiv inde i pakken</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: a pack carries only {kinds} files</source>
        <translation>&apos;{name}&apos;: en pakke indeholder kun {kinds}-filer</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder outside content/</source>
        <translation>&apos;{name}&apos; er en mappe uden for content/</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the zip but not in the manifest</source>
        <translation>&apos;{name}&apos; findes i zip-filen, men ikke i manifestet</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the manifest but not in the zip</source>
        <translation>&apos;{name}&apos; står i manifestet, men findes ikke i zip-filen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: the manifest says {size} bytes, the zip {stored}</source>
        <translation>&apos;{name}&apos;: manifestet siger {size} byte, zip-filen {stored}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would leave the folder</source>
        <translation>&apos;{name}&apos; ville føre ud af mappen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is longer than the manifest says</source>
        <translation>&apos;{name}&apos; er længere, end manifestet siger</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shorter than the manifest says</source>
        <translation>&apos;{name}&apos; er kortere, end manifestet siger</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: its SHA-256 is not the one in the manifest</source>
        <translation>&apos;{name}&apos;: dens SHA-256 er ikke den, der står i manifestet</translation>
    </message>
    <message>
        <source>{file}: already exists; choose another name (keys are never replaced)</source>
        <translation>{file}: findes allerede; vælg et andet navn (nøgler erstattes aldrig)</translation>
    </message>
    <message>
        <source>{file}: not a private key made by &apos;facilitator pack keygen&apos; ({reason})</source>
        <translation>{file}: ikke en privat nøgle lavet med &apos;facilitator pack keygen&apos; ({reason})</translation>
    </message>
    <message>
        <source>{file}: not an Ed25519 key (make one with &apos;facilitator pack keygen&apos;)</source>
        <translation>{file}: ikke en Ed25519-nøgle (lav en med &apos;facilitator pack keygen&apos;)</translation>
    </message>
    <message>
        <source>it is not a PEM text file</source>
        <translation>det er ikke en PEM-tekstfil</translation>
    </message>
    <message>
        <source>no &apos;{begin}&apos; block</source>
        <translation>ingen &apos;{begin}&apos;-blok</translation>
    </message>
    <message>
        <source>the key block is not base64</source>
        <translation>nøgleblokken er ikke base64</translation>
    </message>
    <message>
        <source>the key block is not PKCS#8</source>
        <translation>nøgleblokken er ikke PKCS#8</translation>
    </message>
    <message>
        <source>the signature file is not an Ed25519 signature</source>
        <translation>signaturfilen er ikke en Ed25519-signatur</translation>
    </message>
    <message>
        <source>the signature file cannot be read</source>
        <translation>signaturfilen kan ikke læses</translation>
    </message>
    <message>
        <source>the signature file holds no Ed25519 key and signature</source>
        <translation>signaturfilen indeholder ingen Ed25519-nøgle og -signatur</translation>
    </message>
    <message>
        <source>the signature does not match the manifest</source>
        <translation>signaturen passer ikke til manifestet</translation>
    </message>
    <message>
        <source>manifest.json: pack format {format} is newer than this Facilitator reads ({known}); update Facilitator to import it</source>
        <translation>manifest.json: pakkeformat {format} er nyere end det, denne Facilitator kan læse ({known}); opdatér Facilitator for at importere den</translation>
    </message>
    <message>
        <source>signed by a trusted publisher</source>
        <translation>signeret af en udgiver, der er tillid til</translation>
    </message>
    <message>
        <source>signed by a key that is not trusted here ({key})</source>
        <translation>signeret med en nøgle, der ikke er tillid til her ({key})</translation>
    </message>
    <message>
        <source>not signed: nobody vouches for where it comes from</source>
        <translation>ikke signeret: ingen står inde for, hvor den kommer fra</translation>
    </message>
    <message>
        <source>manifest.json: the pack id &apos;{id}&apos; is an id of the bundled library</source>
        <translation>manifest.json: pakkens id &apos;{id}&apos; er et id i det medfølgende bibliotek</translation>
    </message>
    <message>
        <source>the pack&apos;s content fails check-content ({count} problems)</source>
        <translation>pakkens indhold består ikke check-content ({count} problemer)</translation>
    </message>
    <message>
        <source>the pack&apos;s content fails check-content (1 problem)</source>
        <translation>pakkens indhold består ikke check-content (1 problem)</translation>
    </message>
    <message>
        <source>1 item has the id of a bundled item and stays hidden behind it: {ids}</source>
        <translation>1 element har samme id som et medfølgende element og forbliver skjult bag det: {ids}</translation>
    </message>
    <message>
        <source>{count} items have the id of a bundled item and stay hidden behind it: {ids}</source>
        <translation>{count} elementer har samme id som medfølgende elementer og forbliver skjult bag dem: {ids}</translation>
    </message>
    <message>
        <source>{check}; IT allows only packs of its trusted publishers</source>
        <translation>{check}; it-afdelingen tillader kun pakker fra sine betroede udgivere</translation>
    </message>
    <message>
        <source>{check} ({reason}), and nobody said yes</source>
        <translation>{check} ({reason}), og ingen sagde ja</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; version {version} is installed with other content; the publisher must give the new content a new version</source>
        <translation>&apos;{id}&apos; version {version} er installeret med andet indhold; udgiveren skal give det nye indhold en ny version</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; version {previous} is installed; version {version} is older (import it with the downgrade option to go back)</source>
        <translation>&apos;{id}&apos; version {previous} er installeret; version {version} er ældre (importér den med valget for nedgradering for at gå tilbage)</translation>
    </message>
    <message>
        <source>the version {version} of &apos;{id}&apos; that this copy came from is not installed; the copy is left as it is</source>
        <translation>version {version} af &apos;{id}&apos;, som denne kopi stammer fra, er ikke installeret; kopien forbliver, som den er</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>&apos;{target}&apos;: the plan has no file to export</source>
        <translation>&apos;{target}&apos;: planen har ingen fil, der kan eksporteres</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is no module, item or plan id of the library</source>
        <translation>&apos;{target}&apos; er ikke id for et modul, et element eller en plan i biblioteket</translation>
    </message>
    <message>
        <source>{file}: the image &apos;{image}&apos; is outside the module&apos;s folder; move it beside the Markdown to export it</source>
        <translation>{file}: billedet &apos;{image}&apos; ligger uden for modulets mappe; flyt det hen ved siden af Markdown-filen for at eksportere det</translation>
    </message>
    <message>
        <source>pack id &apos;{id}&apos; may hold only lower case a-z, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;</source>
        <translation>pakke-id&apos;et &apos;{id}&apos; må kun indeholde små bogstaver a-z, cifre, &apos;.&apos;, &apos;-&apos; og &apos;_&apos;</translation>
    </message>
    <message>
        <source>pack id &apos;{id}&apos; is an id of the bundled library; choose another (e.g. &apos;yourorganisation.{id}&apos;)</source>
        <translation>pakke-id&apos;et &apos;{id}&apos; er et id i det medfølgende bibliotek; vælg et andet (fx &apos;jeresorganisation.{id}&apos;)</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1</source>
        <translation>versionen skal være et helt tal fra 1 og op</translation>
    </message>
    <message>
        <source>name at least one module, item or plan</source>
        <translation>vælg mindst ét modul, element eller én plan</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <source>Packs</source>
        <translation>Pakker</translation>
    </message>
    <message>
        <source>Content packs installed on this computer:</source>
        <translation>Indholdspakker installeret på denne computer:</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Udgave</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Udgiver</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Se efter igen</translation>
    </message>
    <message>
        <source>Look in the content sources for newer versions of the installed packs</source>
        <translation>Se efter nyere udgaver af de installerede pakker i indholdskilderne</translation>
    </message>
    <message>
        <source>Update to the newer version</source>
        <translation>Opdatér til den nyere udgave</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Your copies of pack slides that a new version also changed. Choose, slide by slide, what to keep:</source>
        <translation>Dine kopier af slides fra en pakke, som en ny udgave også har ændret. Vælg slide for slide, hvad du vil beholde:</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Your copies that took in a new version&apos;s slides. Keep the merge, or put your copy back as it was (the merged text is kept beside it):</source>
        <translation>Dine kopier, der har fået slides fra en ny udgave. Behold sammenfletningen, eller sæt din kopi tilbage, som den var (den sammenflettede tekst bliver gemt ved siden af):</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Keep the merged copy; delete the copy as it was</source>
        <translation>Behold den sammenflettede kopi; slet kopien, som den var</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Fortryd sammenfletningen</translation>
    </message>
    <message>
        <source>Put your copy back as it was; the merged text is kept beside it</source>
        <translation>Sæt din kopi tilbage, som den var; den sammenflettede tekst bliver gemt ved siden af</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 findes)</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>bekræftet</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ubekræftet</translation>
    </message>
    <message>
        <source>%1 (version %2) – slides to choose: %3</source>
        <translation>%1 (udgave %2) – slides at vælge: %3</translation>
    </message>
    <message>
        <source>%1 (version %2) – merges without a choice</source>
        <translation>%1 (udgave %2) – flettes sammen uden valg</translation>
    </message>
    <message>
        <source>%1 – merged with version %2 (your copy was from version %3)</source>
        <translation>%1 – flettet sammen med udgave %2 (din kopi var fra udgave %3)</translation>
    </message>
    <message>
        <source>%1 – merged with a new version</source>
        <translation>%1 – flettet sammen med en ny udgave</translation>
    </message>
    <message>
        <source>%1
As it was: %2</source>
        <translation>%1
Som den var: %2</translation>
    </message>
    <message>
        <source>Looking for newer versions…</source>
        <translation>Ser efter nyere udgaver…</translation>
    </message>
    <message>
        <source>Newer versions found: %1.</source>
        <translation>Nyere udgaver fundet: %1.</translation>
    </message>
    <message>
        <source>No newer versions in the content sources.</source>
        <translation>Ingen nyere udgaver i indholdskilderne.</translation>
    </message>
    <message>
        <source>The content sources could not be read: %1</source>
        <translation>Indholdskilderne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Fjern pakke</translation>
    </message>
    <message>
        <source>Remove “%1”? Its items leave the library. Plans that use them keep the rest and say what is missing. Your own copies stay.</source>
        <translation>Fjern „%1“? Dens materialer forsvinder fra biblioteket. Planer, der bruger dem, beholder resten og siger, hvad der mangler. Dine egne kopier bliver.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Ikke fjernet</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>„%1“ kunne ikke fjernes: %2</translation>
    </message>
    <message>
        <source>%1: the merge is kept.</source>
        <translation>%1: sammenfletningen er beholdt.</translation>
    </message>
    <message>
        <source>%1 is back as it was.</source>
        <translation>%1 er tilbage, som den var.</translation>
    </message>
    <message>
        <source>The merged text is kept in %1.</source>
        <translation>Den sammenflettede tekst er gemt i %1.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke udført</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2. Nothing was lost.</source>
        <translation>%1 kunne ikke ændres: %2. Intet er gået tabt.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted records</source>
        <translation>Krypterede registreringer</translation>
    </message>
    <message>
        <source>Your records are encrypted. Type the passphrase to open them. Without it, Facilitator works, but sessions and progress logs stay closed.</source>
        <translation>Dine registreringer er krypterede. Skriv adgangsfrasen for at åbne dem. Uden den virker Facilitator, men sessioner og udviklingslogge forbliver lukkede.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Open the records</source>
        <translation>Åbn registreringerne</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Fortsæt uden dem</translation>
    </message>
    <message>
        <source>That passphrase does not open the records. Nothing was changed; try again (capital letters count).</source>
        <translation>Den adgangsfrase åbner ikke registreringerne. Intet er ændret; prøv igen (store og små bogstaver tæller).</translation>
    </message>
    <message>
        <source>The key-check file beside the records cannot be read: %1</source>
        <translation>Nøglekontrolfilen ved siden af registreringerne kan ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Export plan as PDF</source>
        <translation>Eksportér plan som PDF</translation>
    </message>
    <message>
        <source>Run sheet: agenda with clock times, materials and notes</source>
        <translation>Drejebog: program med klokkeslæt, materialer og noter</translation>
    </message>
    <message>
        <source>Slides: every slide of the plan in order</source>
        <translation>Dias: alle planens dias i rækkefølge</translation>
    </message>
    <message>
        <source>Notes pages: each slide with its speaker notes</source>
        <translation>Notesider: hvert dias med dets talernoter</translation>
    </message>
    <message>
        <source>Handouts: the participants&apos; handouts and slides, 3 a page</source>
        <translation>Deltagerark: deltagernes ark og dias, 3 pr. side</translation>
    </message>
    <message>
        <source>Exercise cards: one exercise a page in large type</source>
        <translation>Øvelseskort: én øvelse pr. side med stor skrift</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil …</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Export plan as PDF</source>
        <translation>Eksportér plan som PDF</translation>
    </message>
    <message>
        <source>Making %1…</source>
        <translation>Opretter %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>PersonDataDialog</name>
    <message>
        <source>A person&apos;s data</source>
        <translation>En persons data</translation>
    </message>
    <message>
        <source>Everything the session log and the mentor log hold about one pseudonym: groups, attendance, notes that name them, sub-goals and meetings. Export it when a person asks to see it; erase it when they ask to be forgotten.</source>
        <translation>Alt, hvad sessionsloggen og mentorloggen rummer om ét pseudonym: grupper, fremmøde, noter, der nævner personen, delmål og møder. Eksportér det, når en person beder om at se det; slet det, når personen beder om at blive glemt.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportér PDF …</translation>
    </message>
    <message>
        <source>Erase everywhere…</source>
        <translation>Slet overalt …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Slet en person</translation>
    </message>
    <message>
        <source>Erase everything about “{name}”?</source>
        <translation>Slet alt om “{name}”?</translation>
    </message>
    <message>
        <source>They are removed from every group, their ticks and their progress log go, and notes that name them show […] instead. The same happens in every backup. This cannot be undone: export first if they asked for a copy.</source>
        <translation>Personen fjernes fra alle grupper, fremmødemarkeringer og udviklingslog slettes, og i noter, der nævner personen, står der […] i stedet. Det samme sker i alle sikkerhedskopier. Det kan ikke fortrydes: eksportér først, hvis personen har bedt om en kopi.</translation>
    </message>
    <message>
        <source>Erase everywhere</source>
        <translation>Slet overalt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Erased. %1 backup files could not be cleaned; delete them by hand in the backups folder.</source>
        <translation>Slettet. %1 sikkerhedskopier kunne ikke renses; slet dem selv i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Erased from the records and every backup.</source>
        <translation>Slettet fra registreringerne og alle sikkerhedskopier.</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>T&amp;id</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>Group or audience, e.g. Hold A, teachers</source>
        <translation>Gruppe eller målgruppe, fx Hold A, lærere</translation>
    </message>
    <message>
        <source>What to prepare, bring or remember</source>
        <translation>Hvad der skal forberedes, medbringes eller huskes</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>ingen slut</translation>
    </message>
    <message>
        <source>The time the session should end</source>
        <translation>Det tidspunkt, sessionen skal slutte</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Note for the trainer</source>
        <translation>Note til underviseren</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(afsnit uden titel)</translation>
    </message>
    <message>
        <source>A section of the plan. Press F2 to rename it.</source>
        <translation>Et afsnit i planen. Tryk på F2 for at omdøbe det.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free entry</source>
        <translation>Frit punkt</translation>
    </message>
    <message>
        <source>Missing item: %1</source>
        <translation>Manglende element: %1</translation>
    </message>
    <message>
        <source>Planned %1 min; took %2 min in past sessions (median)</source>
        <translation>Planlagt %1 min; tog %2 min i tidligere sessioner (median)</translation>
    </message>
    <message>
        <source>%1 of %2 slides</source>
        <translation>%1 af %2 dias</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>fixed: kept when the plan is re-timed</source>
        <translation>fast: ændres ikke, når planens tider tilpasses</translation>
    </message>
    <message>
        <source>This item is not in your library. Choose Replace… to put another item here.</source>
        <translation>Dette element findes ikke i dit bibliotek. Vælg Erstat … for at sætte et andet element her.</translation>
    </message>
    <message>
        <source>This item was changed in a library update since it was planned. Look it over; the plan keeps working.</source>
        <translation>Elementet er ændret i en biblioteksopdatering, siden det blev planlagt. Se det igennem; planen virker stadig.</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Note for the trainer</source>
        <translation>Note til underviseren</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free entry</source>
        <translation>Frit punkt</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Handouts to print</source>
        <translation>Uddelingsark, der skal printes</translation>
    </message>
    <message>
        <source>Slide decks</source>
        <translation>Diasshows</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>missing from the library</source>
        <translation>mangler i biblioteket</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Refleksionsspørgsmål</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>No materials besides the slides.</source>
        <translation>Ingen materialer ud over diasene.</translation>
    </message>
    <message>
        <source>Slide deck</source>
        <translation>Diasshow</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Uddelingsark</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Underviservejledning</translation>
    </message>
    <message>
        <source>the plan shows no slides</source>
        <translation>planen viser ingen dias</translation>
    </message>
    <message>
        <source>the plan has no exercises</source>
        <translation>planen har ingen øvelser</translation>
    </message>
    <message>
        <source>the plan has no handouts and no slides</source>
        <translation>planen har hverken deltagerark eller dias</translation>
    </message>
</context>
<context>
    <name>PlannerScreen</name>
    <message>
        <source>Present</source>
        <translation>Præsentér</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Add a free entry</source>
        <translation>Tilføj et frit punkt</translation>
    </message>
    <message>
        <source>Present the plan from the chosen entry (Ctrl+F5)</source>
        <translation>Præsentér planen fra det valgte punkt (Ctrl+F5)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <source>Print the plan: run sheet, slides, handouts</source>
        <translation>Udskriv planen: køreplan, dias, uddelingsark</translation>
    </message>
    <message>
        <source>Session pack…</source>
        <translation>Sessionspakke …</translation>
    </message>
    <message>
        <source>Every document for the session at once (Ctrl+Shift+P)</source>
        <translation>Alle dokumenter til sessionen på én gang (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>From a course template…</source>
        <translation>Fra en kursusskabelon …</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Contents of the plan</source>
        <translation>Planens indhold</translation>
    </message>
    <message>
        <source>Drag items into the plan, or choose one and press Ctrl+Enter.</source>
        <translation>Træk elementer ind i planen, eller vælg et, og tryk på Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>No plan is open.

Start a new plan, or begin from a course template, then add items from the library on the right.</source>
        <translation>Ingen plan er åben.

Opret en ny plan, eller begynd med en kursusskabelon, og tilføj derefter elementer fra biblioteket til højre.</translation>
    </message>
    <message>
        <source>Plan tools</source>
        <translation>Planværktøjer</translation>
    </message>
    <message>
        <source>Your plans cannot be opened: %1</source>
        <translation>Dine planer kan ikke åbnes: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>A new plan was made; give it a title.</source>
        <translation>Der er oprettet en ny plan; giv den en titel.</translation>
    </message>
    <message>
        <source>Your own copy of the template is open.</source>
        <translation>Din egen kopi af skabelonen er åben.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>The copy is open.</source>
        <translation>Kopien er åben.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Vil du slette “%1”?</translation>
    </message>
    <message>
        <source>The plan is removed from this computer. Export it first to keep a copy.</source>
        <translation>Planen fjernes fra denne computer. Eksportér den først, hvis du vil beholde en kopi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>The plan was deleted.</source>
        <translation>Planen er slettet.</translation>
    </message>
    <message>
        <source>Added “%1” to “%2”.</source>
        <translation>“%1” er tilføjet til “%2”.</translation>
    </message>
    <message>
        <source>Choose an item in the library first.</source>
        <translation>Vælg først et element i biblioteket.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nyt afsnit</translation>
    </message>
    <message>
        <source>Removed from the plan. Ctrl+Z brings it back.</source>
        <translation>Fjernet fra planen. Ctrl+Z henter det tilbage.</translation>
    </message>
    <message>
        <source>The section heading was removed; its entries stay.</source>
        <translation>Afsnitsoverskriften er fjernet; punkterne bliver.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Intet at fortryde.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Intet at gentage.</translation>
    </message>
    <message>
        <source>Only a slide deck has slides to choose.</source>
        <translation>Kun et diasshow har dias at vælge imellem.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importér en plan</translation>
    </message>
    <message>
        <source>Plan files (%1)</source>
        <translation>Planfiler (%1)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation>“%1” kan ikke importeres.</translation>
    </message>
    <message>
        <source>Nothing was changed. The file has these problems:</source>
        <translation>Intet er ændret. Filen har disse problemer:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… og %1 mere</translation>
    </message>
    <message>
        <source>Some items in “%1” are not in your library.</source>
        <translation>Nogle elementer i “%1” findes ikke i dit bibliotek.</translation>
    </message>
    <message>
        <source>The plan can be imported with those entries marked as missing; you can replace them later.</source>
        <translation>Planen kan importeres med de punkter markeret som manglende; du kan erstatte dem senere.</translation>
    </message>
    <message>
        <source>Import and mark them</source>
        <translation>Importér og markér dem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>“%1” er importeret.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Eksportér planen</translation>
    </message>
    <message>
        <source>The plan could not be written to “%1”.</source>
        <translation>Planen kunne ikke skrives til “%1”.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Eksportér plan som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF export was cancelled.</source>
        <translation>PDF-eksporten blev annulleret.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-filen kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt som %1</translation>
    </message>
    <message>
        <source>This plan has nothing to present yet.</source>
        <translation>Planen har endnu intet at præsentere.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>I alt %1</translation>
    </message>
    <message>
        <source>no target end</source>
        <translation>ingen planlagt sluttid</translation>
    </message>
    <message>
        <source>%1 over the target end %2</source>
        <translation>%1 over den planlagte sluttid %2</translation>
    </message>
    <message>
        <source>%1 before the target end %2</source>
        <translation>%1 før den planlagte sluttid %2</translation>
    </message>
    <message>
        <source>ends on time (%1)</source>
        <translation>slutter til tiden (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay on screen and are saved as soon as it works.</source>
        <translation>Ikke gemt: %1 Dine ændringer bliver på skærmen og gemmes, så snart det lykkes.</translation>
    </message>
    <message>
        <source>1 entry refers to an item that is not in your library.</source>
        <translation>1 punkt henviser til et element, der ikke findes i dit bibliotek.</translation>
    </message>
    <message>
        <source>%1 entries refer to items that are not in your library.</source>
        <translation>%1 punkter henviser til elementer, der ikke findes i dit bibliotek.</translation>
    </message>
    <message>
        <source>Choose one and Replace… it.</source>
        <translation>Vælg et, og brug Erstat … på det.</translation>
    </message>
    <message>
        <source>1 item changed in a library update since it was planned.</source>
        <translation>1 element er ændret i en biblioteksopdatering, siden det blev planlagt.</translation>
    </message>
    <message>
        <source>%1 items changed in a library update since they were planned.</source>
        <translation>%1 elementer er ændret i en biblioteksopdatering, siden de blev planlagt.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Noget gik galt; detaljerne står i loggen.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Course plans</source>
        <translation>Kursusplaner</translation>
    </message>
    <message>
        <source>The plans this group follows, in order:</source>
        <translation>De planer, gruppen følger, i rækkefølge:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <source>A short pause</source>
        <translation>En kort pause</translation>
    </message>
    <message>
        <source>We continue in a moment.</source>
        <translation>Vi fortsætter om lidt.</translation>
    </message>
    <message>
        <source>We start again at %1</source>
        <translation>Vi starter igen kl. %1</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Sunny</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Mostly sunny</source>
        <translation>Mest sol</translation>
    </message>
    <message>
        <source>Cloudy</source>
        <translation>Overskyet</translation>
    </message>
    <message>
        <source>Rainy</source>
        <translation>Regn</translation>
    </message>
    <message>
        <source>Stormy</source>
        <translation>Storm</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ikke godt</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Så som så</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Rigtig godt</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Speaker %1 of %2</source>
        <translation>Taler %1 af %2</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Talking round</source>
        <translation>Talerunde</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>Hvordan har du det lige nu?</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Hvor kan man få hjælp?</translation>
    </message>
    <message>
        <source>It is good to talk to someone.</source>
        <translation>Det er godt at tale med nogen.</translation>
    </message>
    <message>
        <source>Talk to me after the session</source>
        <translation>Tal med mig efter timen</translation>
    </message>
    <message>
        <source>In an emergency: call 112</source>
        <translation>Ved akut fare: ring 112</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>The grounding exercise is not in the library.</source>
        <translation>Jordforbindelsesøvelsen findes ikke i biblioteket.</translation>
    </message>
    <message>
        <source>No local help contacts are set: F11 shows only the national help lines. Add the school&apos;s contacts in Settings.</source>
        <translation>Der er ingen lokale kontakter: F11 viser kun de landsdækkende hjælpelinjer. Skriv skolens kontakter under Indstillinger.</translation>
    </message>
    <message>
        <source>To keep your notes on the laptop, set the display to extend (Windows: Win+P, Extend; macOS: Displays, turn off mirroring).</source>
        <translation>Vil du have dine noter på den bærbare, så sæt skærmen til at udvide (Windows: Win+P, Udvid; macOS: Skærme, slå spejling fra).</translation>
    </message>
    <message>
        <source>The display is mirrored: the participants see what you see, so the console stays hidden (C would show your notes to everyone).</source>
        <translation>Skærmen er spejlet: deltagerne ser det samme som dig, så konsollen er skjult (C ville vise dine noter til alle).</translation>
    </message>
    <message>
        <source>One screen: the slides fill it. C shows or hides your console.</source>
        <translation>Én skærm: diasene fylder den. C viser eller skjuler din konsol.</translation>
    </message>
    <message>
        <source>Esc closes this note.</source>
        <translation>Esc lukker denne besked.</translation>
    </message>
    <message>
        <source>There is no slide %1 here (hidden or not in this run).</source>
        <translation>Her er intet dias %1 (skjult eller ikke med i denne gennemgang).</translation>
    </message>
    <message>
        <source>Leave the presentation? Enter leaves, Esc stays.</source>
        <translation>Afslut præsentationen? Enter afslutter, Esc bliver.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>No notes for this slide.</source>
        <translation>Ingen noter til dette dias.</translation>
    </message>
    <message>
        <source>Notes · %1 pt</source>
        <translation>Noter · %1 pt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå til %1</translation>
    </message>
    <message>
        <source>Audience sees the pause screen</source>
        <translation>Publikum ser pauseskærmen</translation>
    </message>
    <message>
        <source>Audience sees black</source>
        <translation>Publikum ser sort skærm</translation>
    </message>
    <message>
        <source>Audience sees white</source>
        <translation>Publikum ser hvid skærm</translation>
    </message>
    <message>
        <source>Help slide · F11 returns</source>
        <translation>Hjælpedias · F11 vender tilbage</translation>
    </message>
    <message>
        <source>Grounding exercise · G returns</source>
        <translation>Jordforbindelsesøvelse · G vender tilbage</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Set end time</source>
        <translation>Angiv sluttid</translation>
    </message>
    <message>
        <source>%1 left · ends %2</source>
        <translation>%1 tilbage · slutter %2</translation>
    </message>
    <message>
        <source>%1 over · ended %2</source>
        <translation>%1 over tiden · sluttede %2</translation>
    </message>
    <message>
        <source>Ahead of plan: time to spare</source>
        <translation>Foran planen: tid til overs</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Til tiden</translation>
    </message>
    <message>
        <source>Behind plan: the rest needs more time than is left</source>
        <translation>Bagud: resten kræver mere tid, end der er tilbage</translation>
    </message>
    <message>
        <source>The end time has passed</source>
        <translation>Sluttiden er passeret</translation>
    </message>
    <message>
        <source>No exercises with this deck</source>
        <translation>Ingen øvelser til dette diasshow</translation>
    </message>
    <message>
        <source>Re-timing is for plans: present a plan from the planner.</source>
        <translation>Tidstilpasning gælder planer: præsentér en plan fra planlæggeren.</translation>
    </message>
    <message>
        <source>This plan has no target end to re-time to.</source>
        <translation>Planen har ingen planlagt sluttid at tilpasse til.</translation>
    </message>
    <message>
        <source>Nothing comes after this entry.</source>
        <translation>Der kommer ikke mere efter dette punkt.</translation>
    </message>
    <message>
        <source>The rest of the plan already ends on time.</source>
        <translation>Resten af planen slutter allerede til tiden.</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Præsentationskonsol</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Talernoter</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Alle dias</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <source>Room helpers</source>
        <translation>Gruppeværktøjer</translation>
    </message>
    <message>
        <source>Smaller notes (-)</source>
        <translation>Mindre noter (-)</translation>
    </message>
    <message>
        <source>Larger notes (+)</source>
        <translation>Større noter (+)</translation>
    </message>
    <message>
        <source>Click to set the end time</source>
        <translation>Klik for at angive sluttiden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Hvid</translation>
    </message>
    <message>
        <source>Pause screen</source>
        <translation>Pauseskærm</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>Laser</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Visk ud</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Byt skærme</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Text of the item</source>
        <translation>Elementets tekst</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems in the library</source>
        <translation>Problemer i biblioteket</translation>
    </message>
    <message>
        <source>These files could not be read as they are. Everything else in the library is loaded. Fix the file named on each line, or run “facilitator check-content” for the same list.</source>
        <translation>Disse filer kunne ikke læses, som de er. Resten af biblioteket er indlæst. Ret filen, der står på hver linje, eller kør “facilitator check-content” for at få den samme liste.</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Kopiér listen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Well-being</source>
        <translation>Trivsel</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Lektier</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Adfærd</translation>
    </message>
    <message>
        <source>Network and friends</source>
        <translation>Netværk og venner</translation>
    </message>
    <message>
        <source>Well.</source>
        <translation>Triv.</translation>
    </message>
    <message>
        <source>Att.</source>
        <translation>Frem.</translation>
    </message>
    <message>
        <source>Hw.</source>
        <translation>Lekt.</translation>
    </message>
    <message>
        <source>Beh.</source>
        <translation>Adf.</translation>
    </message>
    <message>
        <source>Netw.</source>
        <translation>Netv.</translation>
    </message>
    <message>
        <source>History of {group}</source>
        <translation>Historik for {group}</translation>
    </message>
    <message>
        <source>Session {day}</source>
        <translation>Session {day}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Underviser</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Resterende</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Hvad der blev vist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skærmbilleder</translation>
    </message>
    <message>
        <source>Room events</source>
        <translation>Hændelser undervejs</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Groups made</source>
        <translation>Gruppeinddeling</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Progress log: {person}</source>
        <translation>Udviklingslog: {person}</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ingen endnu.</translation>
    </message>
    <message>
        <source>Without a group</source>
        <translation>Uden gruppe</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Øverunder</translation>
    </message>
    <message>
        <source>Exported {day}. Contains sensitive personal data: keep it safe.</source>
        <translation>Eksporteret {day}. Indeholder følsomme personoplysninger: opbevar det sikkert.</translation>
    </message>
    <message>
        <source>Everything about {person}</source>
        <translation>Alt om {person}</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Sessionslog</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Notes that name them</source>
        <translation>Noter, der nævner personen</translation>
    </message>
    <message>
        <source>Mentor log</source>
        <translation>Mentorlog</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>ikke markeret</translation>
    </message>
    <message>
        <source>%1 groups for %2 people</source>
        <translation>%1 grupper til %2 personer</translation>
    </message>
    <message>
        <source>Talking round</source>
        <translation>Talerunde</translation>
    </message>
    <message>
        <source>Exercise timer</source>
        <translation>Øvelsestimer</translation>
    </message>
    <message>
        <source>Pause screen</source>
        <translation>Pauseskærm</translation>
    </message>
    <message>
        <source>The group&apos;s engagement</source>
        <translation>Gruppens engagement</translation>
    </message>
    <message>
        <source>Pace and timing</source>
        <translation>Tempo og timing</translation>
    </message>
    <message>
        <source>Benefit for the participants</source>
        <translation>Udbytte for deltagerne</translation>
    </message>
    <message>
        <source>This looks like a CPR number or fødselsnummer. Do not store it here.</source>
        <translation>Dette ligner et CPR-nummer eller fødselsnummer. Gem det ikke her.</translation>
    </message>
    <message>
        <source>This looks like a full name. Use a pseudonym, for example initials or a nickname.</source>
        <translation>Dette ligner et fuldt navn. Brug et pseudonym, fx initialer eller et kaldenavn.</translation>
    </message>
    <message>
        <source>Not added: it looks like a CPR number or fødselsnummer. Use a pseudonym.</source>
        <translation>Ikke tilføjet: det ligner et CPR-nummer eller fødselsnummer. Brug et pseudonym.</translation>
    </message>
    <message>
        <source>Add it again to keep it anyway.</source>
        <translation>Tilføj det igen for at beholde det alligevel.</translation>
    </message>
</context>
<context>
    <name>RecordsPages</name>
    <message>
        <source>The records are encrypted; %1 damaged backups could not be and are still plain: delete them in the backups folder.</source>
        <translation>Registreringerne er krypterede; %1 beskadigede sikkerhedskopier kunne ikke krypteres og er stadig ukrypterede: slet dem i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The records and their backups are now encrypted.</source>
        <translation>Registreringerne og deres sikkerhedskopier er nu krypterede.</translation>
    </message>
    <message>
        <source>The passphrase is changed; %1 damaged backups could not be and still need the old one: delete them in the backups folder.</source>
        <translation>Adgangsfrasen er skiftet; %1 beskadigede sikkerhedskopier kunne ikke følge med og kræver stadig den gamle: slet dem i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The records and their backups have a new passphrase.</source>
        <translation>Registreringerne og deres sikkerhedskopier har en ny adgangsfrase.</translation>
    </message>
    <message>
        <source>Encryption is off; %1 damaged backups could not be decrypted: delete them in the backups folder.</source>
        <translation>Krypteringen er slået fra; %1 beskadigede sikkerhedskopier kunne ikke dekrypteres: slet dem i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The records and their backups are no longer encrypted.</source>
        <translation>Registreringerne og deres sikkerhedskopier er ikke længere krypterede.</translation>
    </message>
    <message>
        <source>End the presentation first: its session log is written to the records while it runs. Then try again.</source>
        <translation>Afslut præsentationen først: dens sessionslog bliver skrevet i registreringerne, mens den kører. Prøv så igen.</translation>
    </message>
    <message>
        <source>The records are encrypted with your IT department&apos;s key file: ask them to change it or to turn encryption off.</source>
        <translation>Registreringerne er krypterede med din IT-afdelings nøglefil: bed dem om at skifte den eller slå krypteringen fra.</translation>
    </message>
    <message>
        <source>This plan has not been presented yet: no times to use.</source>
        <translation>Planen er ikke præsenteret endnu: der er ingen tider at bruge.</translation>
    </message>
    <message>
        <source>The plan now uses the times from past sessions.</source>
        <translation>Planen bruger nu tiderne fra tidligere sessioner.</translation>
    </message>
</context>
<context>
    <name>RecordsStore</name>
    <message>
        <source>What you typed is still on screen.</source>
        <translation>Det, du skrev, står stadig på skærmen.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space and it saves again.</source>
        <translation>Ikke gemt: disken er fuld. Frigør noget plads, så gemmes der igen.</translation>
    </message>
    <message>
        <source>Not saved: Facilitator cannot write to the folder {folder}. Ask your IT department, or choose another data folder.</source>
        <translation>Ikke gemt: Facilitator kan ikke skrive i mappen {folder}. Spørg jeres IT-afdeling, eller vælg en anden datamappe.</translation>
    </message>
    <message>
        <source>Not saved: Facilitator is not allowed to read the records file.</source>
        <translation>Ikke gemt: Facilitator har ikke lov til at læse registreringsfilen.</translation>
    </message>
    <message>
        <source>Not saved: another program is using the records. Close it.</source>
        <translation>Ikke gemt: et andet program bruger registreringerne. Luk det.</translation>
    </message>
    <message>
        <source>Not saved: the disk could not be written (disk I/O error).</source>
        <translation>Ikke gemt: der kunne ikke skrives til disken (I/O-fejl på disken).</translation>
    </message>
    <message>
        <source>The records are encrypted and closed: the passphrase was not given. Start Facilitator again to type it.</source>
        <translation>Registreringerne er krypterede og lukkede: adgangsfrasen blev ikke givet. Start Facilitator igen for at skrive den.</translation>
    </message>
    <message>
        <source>The records are encrypted and the key file named by your IT department does not open them. Ask your IT department.</source>
        <translation>Registreringerne er krypterede, og nøglefilen fra din IT-afdeling åbner dem ikke. Spørg din IT-afdeling.</translation>
    </message>
    <message>
        <source>The records are being encrypted or decrypted; they open again in a moment. What you typed is still on screen.</source>
        <translation>Registreringerne bliver krypteret eller dekrypteret; de åbner igen om et øjeblik. Det, du skrev, står stadig på skærmen.</translation>
    </message>
    <message>
        <source>Encryption is not available: SQLCipher is not installed.</source>
        <translation>Kryptering er ikke tilgængelig: SQLCipher er ikke installeret.</translation>
    </message>
    <message>
        <source>The records were written by a newer Facilitator and have not been changed. Update Facilitator to open them.</source>
        <translation>Registreringerne er skrevet af en nyere Facilitator og er ikke ændret. Opdatér Facilitator for at åbne dem.</translation>
    </message>
    <message>
        <source>The records cannot be read: they may be encrypted records whose key-check file (facilitator-key.json) is missing. Start Facilitator again to type the passphrase.</source>
        <translation>Registreringerne kan ikke læses: de er måske krypterede, og deres nøgletjekfil (facilitator-key.json) mangler. Start Facilitator igen for at skrive adgangsfrasen.</translation>
    </message>
    <message>
        <source>The records file cannot be read. Open Backups to restore a copy.</source>
        <translation>Registreringsfilen kan ikke læses. Åbn Sikkerhedskopier for at gendanne en kopi.</translation>
    </message>
    <message>
        <source>Not saved: a date must be written as YYYY-MM-DD and marks go 1-5.</source>
        <translation>Ikke gemt: en dato skal skrives som ÅÅÅÅ-MM-DD, og vurderinger går fra 1 til 5.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong. Details are in the log.</source>
        <translation>Ikke gemt: noget gik galt. Detaljerne står i loggen.</translation>
    </message>
</context>
<context>
    <name>RecoveryBox</name>
    <message>
        <source>Records</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>The records file is empty.</source>
        <translation>Registreringsfilen er tom.</translation>
    </message>
    <message>
        <source>The records file could not be read.</source>
        <translation>Registreringsfilen kunne ikke læses.</translation>
    </message>
    <message>
        <source>It may have been damaged, for example by a power cut. Facilitator can put back the newest good backup, from {when}. The damaged file is kept aside in {folder}, so nothing is thrown away.</source>
        <translation>Den kan være blevet beskadiget, fx ved en strømafbrydelse. Facilitator kan lægge den nyeste gode sikkerhedskopi tilbage, fra {when}. Den beskadigede fil lægges til side i {folder}, så intet bliver smidt ud.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gendan sikkerhedskopien</translation>
    </message>
    <message>
        <source>It may have been damaged, for example by a power cut, and there is no good backup. Facilitator can start with empty records. The damaged file is kept aside in {folder}, so nothing is thrown away.</source>
        <translation>Den kan være blevet beskadiget, fx ved en strømafbrydelse, og der er ingen god sikkerhedskopi. Facilitator kan starte med tomme registreringer. Den beskadigede fil lægges til side i {folder}, så intet bliver smidt ud.</translation>
    </message>
    <message>
        <source>Start with empty records</source>
        <translation>Start med tomme registreringer</translation>
    </message>
    <message>
        <source>If the records were encrypted, and the small file {name} was not copied with them, type the passphrase: Facilitator then opens them and makes that file again.</source>
        <translation>Hvis registreringerne var krypterede, og den lille fil {name} ikke blev kopieret med, så skriv adgangsfrasen: Facilitator åbner dem da og laver filen igen.</translation>
    </message>
    <message>
        <source>It is encrypted: type the passphrase…</source>
        <translation>Den er krypteret: skriv adgangsfrasen…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace an entry</source>
        <translation>Erstat et punkt</translation>
    </message>
    <message>
        <source>Choose the library item to use instead of “%1”.</source>
        <translation>Vælg det element i biblioteket, der skal bruges i stedet for “%1”.</translation>
    </message>
    <message>
        <source>Type to find an item</source>
        <translation>Skriv for at finde et element</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>Find et element</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Elementer i biblioteket</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstat</translation>
    </message>
</context>
<context>
    <name>RetimeDialog</name>
    <message>
        <source>Re-time the rest</source>
        <translation>Tilpas tiden for resten</translation>
    </message>
    <message>
        <source>To end at %1, the flexible entries from %2 on get new minutes, in proportion to what was planned. Fixed entries keep theirs.</source>
        <translation>For at slutte kl. %1 får de fleksible punkter fra %2 nye minutter i forhold til det planlagte. Faste punkter beholder deres.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min, fixed</source>
        <translation>%1 min, fast</translation>
    </message>
    <message>
        <source>The plan then ends at %1.</source>
        <translation>Så slutter planen kl. %1.</translation>
    </message>
    <message>
        <source>Even so the plan ends at %1: the fixed entries leave too little time.</source>
        <translation>Planen slutter alligevel kl. %1: de faste punkter efterlader for lidt tid.</translation>
    </message>
    <message>
        <source>Re-time</source>
        <translation>Tilpas tiden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>RoomCheck</name>
    <message>
        <source>Can the back row read this?</source>
        <translation>Kan bageste række læse det her?</translation>
    </message>
    <message>
        <source>Body text, as on most slides (%1 px)</source>
        <translation>Brødtekst som på de fleste dias (%1 px)</translation>
    </message>
    <message>
        <source>Tables, captions and sources (%1 px)</source>
        <translation>Tabeller, billedtekster og kilder (%1 px)</translation>
    </message>
    <message>
        <source>The smallest text a slide shows when it must shrink (%1 px)</source>
        <translation>Den mindste tekst et dias viser, når teksten skal gøres mindre (%1 px)</translation>
    </message>
    <message>
        <source>Headings</source>
        <translation>Overskrifter</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Faint text</source>
        <translation>Svag tekst</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Accent</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Every grey step should look different. Any key or click closes this.</source>
        <translation>Hvert gråt felt skal se forskelligt ud. En vilkårlig tast eller et klik lukker testen.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skærme</translation>
    </message>
    <message>
        <source>Legibility on the projector</source>
        <translation>Læsbarhed på projektoren</translation>
    </message>
    <message>
        <source>Clicker keys</source>
        <translation>Klikkerens taster</translation>
    </message>
    <message>
        <source>Slide font</source>
        <translation>Skrifttype på dias</translation>
    </message>
    <message>
        <source>Local help contacts</source>
        <translation>Lokale hjælpekontakter</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Ledig diskplads</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tjek</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No screen was found.</source>
        <translation>Der blev ikke fundet nogen skærm.</translation>
    </message>
    <message>
        <source>%1 and %2 show the same picture (mirrored): the participants would see the console and your notes. Set the display to extend instead of duplicate.</source>
        <translation>%1 og %2 viser det samme billede (spejlet): deltagerne ville se konsollen og dine noter. Indstil skærmen til at udvide i stedet for at duplikere.</translation>
    </message>
    <message>
        <source>One screen (%1, %2): the slides fill it and C shows the console. Connect the projector and extend the display to see your notes.</source>
        <translation>Én skærm (%1, %2): diasene fylder den, og C viser konsollen. Tilslut projektoren, og udvid skærmen for at se dine noter.</translation>
    </message>
    <message>
        <source>The projector chosen last time (%1) is not connected; %2 (%3) will show the slides.</source>
        <translation>Projektoren fra sidst (%1) er ikke tilsluttet; %2 (%3) viser diasene.</translation>
    </message>
    <message>
        <source>%1 screens; the slides go to %2 (%3), the console stays on the other.</source>
        <translation>%1 skærme; diasene vises på %2 (%3), konsollen bliver på den anden.</translation>
    </message>
    <message>
        <source>The faintest text of this theme has a contrast of %1:1 (4.5:1 or more is easy to read). Choose the high-contrast theme.</source>
        <translation>Den svageste tekst i dette tema har en kontrast på %1:1 (4,5:1 eller mere er let at læse). Vælg temaet med høj kontrast.</translation>
    </message>
    <message>
        <source>The smallest slide text is %1 px high on the projector: hard to read at the back. Use the projector&apos;s full resolution, or keep slides short.</source>
        <translation>Den mindste tekst på diasene er %1 px høj på projektoren: svær at læse bagerst i lokalet. Brug projektorens fulde opløsning, eller hold diasene korte.</translation>
    </message>
    <message>
        <source>The smallest slide text is %1 px high on the projector; contrast %2:1.</source>
        <translation>Den mindste tekst på diasene er %1 px høj på projektoren; kontrast %2:1.</translation>
    </message>
    <message>
        <source>Not tested yet: click the key test and press each key of your clicker.</source>
        <translation>Ikke testet endnu: klik på tastetesten, og tryk på hver tast på din klikker.</translation>
    </message>
    <message>
        <source>Recognised: %1. Not yet: %2.</source>
        <translation>Genkendt: %1. Endnu ikke: %2.</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Genkendt: %1.</translation>
    </message>
    <message>
        <source>The slide font Lato is missing or cannot be loaded: slides use a system font and may not fit as planned. Reinstall Facilitator.</source>
        <translation>Skrifttypen Lato mangler eller kan ikke indlæses: diasene bruger en systemskrifttype og passer måske ikke som planlagt. Geninstallér Facilitator.</translation>
    </message>
    <message>
        <source>Lato is there, but %1 is missing: bold or italic text falls back to a system font. Reinstall Facilitator.</source>
        <translation>Lato findes, men %1 mangler: fed eller kursiv tekst vises med en systemskrifttype. Geninstallér Facilitator.</translation>
    </message>
    <message>
        <source>Lato (%1 files) is installed for the slides.</source>
        <translation>Lato (%1 filer) er installeret til diasene.</translation>
    </message>
    <message>
        <source>No local help contacts: the help slide (F11) shows only the national help lines. Fill them in under Settings, Where to get help.</source>
        <translation>Ingen lokale hjælpekontakter: hjælpediaset (F11) viser kun de landsdækkende hjælpelinjer. Udfyld dem under Indstillinger, Hvor kan man få hjælp?</translation>
    </message>
    <message>
        <source>%1 of the local help contacts still look like a blank to fill in ([...], ____). Complete them under Settings, Where to get help.</source>
        <translation>%1 af de lokale hjælpekontakter ligner stadig en tom plads, der skal udfyldes ([...], ____). Gør dem færdige under Indstillinger, Hvor kan man få hjælp?</translation>
    </message>
    <message>
        <source>1 local help contact filled in.</source>
        <translation>1 lokal hjælpekontakt er udfyldt.</translation>
    </message>
    <message>
        <source>%1 local help contacts filled in.</source>
        <translation>%1 lokale hjælpekontakter er udfyldt.</translation>
    </message>
    <message>
        <source>No records yet; they will be kept in %1.</source>
        <translation>Ingen registreringer endnu; de gemmes i %1.</translation>
    </message>
    <message>
        <source>The records can be written (%1).</source>
        <translation>Registreringerne kan gemmes (%1).</translation>
    </message>
    <message>
        <source>The records are in use by another program (or another Facilitator). Close it and check again.</source>
        <translation>Registreringerne bruges af et andet program (eller en anden Facilitator). Luk det, og tjek igen.</translation>
    </message>
    <message>
        <source>The records file is damaged. Restore a backup under File, Backups.</source>
        <translation>Filen med registreringerne er beskadiget. Gendan en sikkerhedskopi under Filer, Sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The records file cannot be read: it is damaged, or it is encrypted and facilitator-key.json was not copied with it. Open Facilitator: it offers the passphrase or a backup.</source>
        <translation>Registreringsfilen kan ikke læses: den er beskadiget, eller den er krypteret, og facilitator-key.json blev ikke kopieret med. Åbn Facilitator: den tilbyder adgangsfrasen eller en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The records were written by a newer Facilitator. Update Facilitator.</source>
        <translation>Registreringerne er skrevet af en nyere Facilitator. Opdatér Facilitator.</translation>
    </message>
    <message>
        <source>The disk is full: sessions, notes and plans cannot be saved.</source>
        <translation>Disken er fuld: sessioner, noter og planer kan ikke gemmes.</translation>
    </message>
    <message>
        <source>The records cannot be written in %1: sessions, notes and plans will not be saved. Choose another data folder or ask your IT department.</source>
        <translation>Registreringerne kan ikke gemmes i %1: sessioner, noter og planer bliver ikke gemt. Vælg en anden datamappe, eller spørg din IT-afdeling.</translation>
    </message>
    <message>
        <source>Only %1 free: notes, backups and PDFs may not be saved. Free some space first.</source>
        <translation>Kun %1 ledigt: noter, sikkerhedskopier og PDF&apos;er bliver måske ikke gemt. Frigør plads først.</translation>
    </message>
    <message>
        <source>%1 free: enough for today, but little for backups and PDFs.</source>
        <translation>%1 ledigt: nok til i dag, men ikke meget til sikkerhedskopier og PDF&apos;er.</translation>
    </message>
    <message>
        <source>%1 free on the disk with the records.</source>
        <translation>%1 ledigt på disken med registreringerne.</translation>
    </message>
    <message>
        <source>The free disk space cannot be read.</source>
        <translation>Den ledige diskplads kan ikke aflæses.</translation>
    </message>
</context>
<context>
    <name>RoomCheckDialog</name>
    <message>
        <source>Everything is ready for the class.</source>
        <translation>Alt er klar til undervisningen.</translation>
    </message>
    <message>
        <source>Ready, with something to check (in amber).</source>
        <translation>Klar, men med noget at tjekke (i gult).</translation>
    </message>
    <message>
        <source>Fix the lines in red before the class.</source>
        <translation>Ret linjerne i rødt før undervisningen.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
    <message>
        <source>Room check</source>
        <translation>Lokaletjek</translation>
    </message>
    <message>
        <source>Room check before the class</source>
        <translation>Lokaletjek før undervisningen</translation>
    </message>
    <message>
        <source>Identify screens</source>
        <translation>Vis skærmenes numre</translation>
    </message>
    <message>
        <source>Each screen shows its number and name</source>
        <translation>Hver skærm viser sit nummer og navn</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The test slide</source>
        <translation>Testdiaset</translation>
    </message>
    <message>
        <source>Copy the report for IT</source>
        <translation>Kopiér rapporten til IT</translation>
    </message>
    <message>
        <source>The room check as JSON, on the clipboard</source>
        <translation>Lokaletjekket som JSON i udklipsholderen</translation>
    </message>
    <message>
        <source>Hide the test slide</source>
        <translation>Skjul testdiaset</translation>
    </message>
    <message>
        <source>Test slide on the projector</source>
        <translation>Testdias på projektoren</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 groups (%2). Shown on the screen; Esc hides them.</source>
        <translation>%1 grupper (%2). Vises på skærmen; Esc skjuler dem.</translation>
    </message>
    <message>
        <source>Type some names, or set the number of people.</source>
        <translation>Skriv nogle navne, eller angiv antal personer.</translation>
    </message>
    <message>
        <source>There are more groups than people.</source>
        <translation>Der er flere grupper end personer.</translation>
    </message>
    <message>
        <source>A group needs at least one person.</source>
        <translation>En gruppe skal have mindst én person.</translation>
    </message>
    <message>
        <source>At most 500 people.</source>
        <translation>Højst 500 personer.</translation>
    </message>
    <message>
        <source>Between 1 and 500 people.</source>
        <translation>Mellem 1 og 500 personer.</translation>
    </message>
    <message>
        <source>Between 5 seconds and an hour each.</source>
        <translation>Mellem 5 sekunder og en time hver.</translation>
    </message>
    <message>
        <source>Choose either a number of groups or a group size.</source>
        <translation>Vælg enten et antal grupper eller en gruppestørrelse.</translation>
    </message>
    <message>
        <source>These numbers cannot be used.</source>
        <translation>Disse tal kan ikke bruges.</translation>
    </message>
    <message>
        <source>The round is done.</source>
        <translation>Runden er slut.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 svar</translation>
    </message>
    <message>
        <source>Count some answers first.</source>
        <translation>Tæl nogle svar først.</translation>
    </message>
    <message>
        <source>Saved: %1 answers, no names.</source>
        <translation>Gemt: %1 svar, ingen navne.</translation>
    </message>
    <message>
        <source>Speaker %1 of %2</source>
        <translation>Taler %1 af %2</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiden er gået</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <source>Where to get help (F11)</source>
        <translation>Hvor kan man få hjælp? (F11)</translation>
    </message>
    <message>
        <source>Show it on the audience screen; again to return</source>
        <translation>Vis det på publikumsskærmen; igen for at vende tilbage</translation>
    </message>
    <message>
        <source>Grounding exercise (G)</source>
        <translation>Jordforbindelsesøvelse (G)</translation>
    </message>
    <message>
        <source>Begin it at once; again to return</source>
        <translation>Begynd med det samme; igen for at vende tilbage</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Talking round</source>
        <translation>Talerunde</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Navne</translation>
    </message>
    <message>
        <source>First names or pseudonyms, one a line (optional)</source>
        <translation>Fornavne eller pseudonymer, ét pr. linje (valgfrit)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>into this many groups</source>
        <translation>i så mange grupper</translation>
    </message>
    <message>
        <source>in groups of</source>
        <translation>i grupper på</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Dan grupper</translation>
    </message>
    <message>
        <source>Seconds each</source>
        <translation>Sekunder hver</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Næste taler</translation>
    </message>
    <message>
        <source>Scale 1 to 5</source>
        <translation>Skala 1 til 5</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Vejr</translation>
    </message>
    <message>
        <source>Show the scale</source>
        <translation>Vis skalaen</translation>
    </message>
    <message>
        <source>Save the tally</source>
        <translation>Gem optællingen</translation>
    </message>
</context>
<context>
    <name>ScreenChooser</name>
    <message>
        <source>Choose the audience screen</source>
        <translation>Vælg publikumsskærm</translation>
    </message>
    <message>
        <source>Which screen do the participants see?</source>
        <translation>Hvilken skærm ser deltagerne?</translation>
    </message>
    <message>
        <source>Each screen shows its number now. Notes and the console stay on the other.</source>
        <translation>Hver skærm viser nu sit nummer. Noter og konsollen bliver på den anden.</translation>
    </message>
    <message>
        <source>Rehearse (console only)</source>
        <translation>Øv (kun konsol)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, text, notes and tags</source>
        <translation>Søg i titler, tekst, noter og emneord</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Søg i biblioteket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Klassetrin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Alle længder</translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation>Op til 10 min</translation>
    </message>
    <message>
        <source>Up to 20 min</source>
        <translation>Op til 20 min</translation>
    </message>
    <message>
        <source>Up to 45 min</source>
        <translation>Op til 45 min</translation>
    </message>
    <message>
        <source>Longer than 45 min</source>
        <translation>Over 45 min</translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Alle trin</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>the records were saved by a newer Facilitator</source>
        <translation>registreringerne er gemt af en nyere Facilitator</translation>
    </message>
    <message>
        <source>another program is using the records</source>
        <translation>et andet program bruger registreringerne</translation>
    </message>
    <message>
        <source>the records folder cannot be written to</source>
        <translation>der kan ikke skrives i registreringernes mappe</translation>
    </message>
    <message>
        <source>the records file cannot be read</source>
        <translation>registreringsfilen kan ikke læses</translation>
    </message>
    <message>
        <source>the records cannot be opened</source>
        <translation>registreringerne kan ikke åbnes</translation>
    </message>
    <message>
        <source>Session log off: {why}. Nothing of this session is recorded.</source>
        <translation>Sessionsloggen er slået fra: {why}. Intet fra denne session registreres.</translation>
    </message>
</context>
<context>
    <name>SessionPack</name>
    <message>
        <source>run sheet</source>
        <translation>drejebog</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>notes pages</source>
        <translation>notesider</translation>
    </message>
    <message>
        <source>participants&apos; handouts</source>
        <translation>deltagerark</translation>
    </message>
    <message>
        <source>exercise cards</source>
        <translation>øvelseskort</translation>
    </message>
    <message>
        <source>the invitation letter</source>
        <translation>invitationen</translation>
    </message>
</context>
<context>
    <name>SessionPackDialog</name>
    <message>
        <source>Session pack</source>
        <translation>Sessionspakke</translation>
    </message>
    <message>
        <source>Everything for “%1” at once, in the plan&apos;s language: %2.</source>
        <translation>Alt til “%1” på én gang, på planens sprog: %2.</translation>
    </message>
    <message>
        <source>A folder with one PDF for each part</source>
        <translation>En mappe med én PDF for hver del</translation>
    </message>
    <message>
        <source>One PDF with everything, to print at once</source>
        <translation>Én PDF med det hele, til at printe på én gang</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Vælg hvor …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Save the session pack as one PDF</source>
        <translation>Gem sessionspakken som én PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the session pack</source>
        <translation>Vælg en mappe til sessionspakken</translation>
    </message>
</context>
<context>
    <name>SessionRecordView</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Underviser</translation>
    </message>
    <message>
        <source>Rehearsal (kept out of the group&apos;s history)</source>
        <translation>Øverunde (holdes uden for gruppens historik)</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Hvad der blev vist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skærmbilleder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Room events</source>
        <translation>Hændelser undervejs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Number present</source>
        <translation>Antal til stede</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. initials</source>
        <translation>Pseudonym, fx initialer</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>What worked, what would you change?</source>
        <translation>Hvad virkede, og hvad ville du ændre?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Notes save as you type. Write about the group, not about named people.</source>
        <translation>Noter gemmes, mens du skriver. Skriv om gruppen, ikke om navngivne personer.</translation>
    </message>
    <message>
        <source>Not saved yet: your text is kept and saved again.</source>
        <translation>Ikke gemt endnu: din tekst bevares og gemmes igen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(ingen plan)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(ingen gruppe)</translation>
    </message>
    <message>
        <source>%1 of %2 ticked as present</source>
        <translation>%1 af %2 markeret som til stede</translation>
    </message>
    <message>
        <source>Counted from the ticks. Absent: %1</source>
        <translation>Talt ud fra markeringerne. Fraværende: %1</translation>
    </message>
    <message>
        <source>Tick who came, or write the number if you took no register.</source>
        <translation>Markér dem, der kom, eller skriv antallet, hvis du ikke har taget fremmøde.</translation>
    </message>
    <message>
        <source>That pseudonym is already in the group.</source>
        <translation>Det pseudonym findes allerede i gruppen.</translation>
    </message>
</context>
<context>
    <name>SessionStartDialog</name>
    <message>
        <source>Record this session</source>
        <translation>Registrér denne session</translation>
    </message>
    <message>
        <source>Presenting “{title}”. The session log records what is shown, for:</source>
        <translation>Præsenterer “{title}”. Sessionsloggen registrerer, hvad der bliver vist, for:</translation>
    </message>
    <message>
        <source>A group or class, e.g. 8.b</source>
        <translation>En gruppe eller klasse, fx 8.b</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Underviser</translation>
    </message>
    <message>
        <source>Rehearsal: record the times for the plan, not in the group&apos;s history</source>
        <translation>Øverunde: gem tiderne til planen, ikke i gruppens historik</translation>
    </message>
    <message>
        <source>Start presenting</source>
        <translation>Begynd præsentationen</translation>
    </message>
    <message>
        <source>Skip: present without recording</source>
        <translation>Spring over: præsentér uden at registrere</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Name of a new group</source>
        <translation>Navn på en ny gruppe</translation>
    </message>
    <message>
        <source>New group, e.g. 8.b or Course spring</source>
        <translation>Ny gruppe, fx 8.b eller Kursus forår</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Course plans…</source>
        <translation>Kursusplaner …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportér PDF …</translation>
    </message>
    <message>
        <source>A person&apos;s data…</source>
        <translation>En persons data …</translation>
    </message>
    <message>
        <source>Export or erase everything about one pseudonym, in both logs</source>
        <translation>Eksportér eller slet alt om ét pseudonym i begge logge</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Slet gruppe …</translation>
    </message>
    <message>
        <source>Keep this group&apos;s session records for</source>
        <translation>Gem gruppens sessionsregistreringer i</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>until deleted</source>
        <translation>indtil de slettes</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Slet session …</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Sessionslog</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Underviser</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Minutes per module</source>
        <translation>Minutter pr. modul</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Check-ins over tid</translation>
    </message>
    <message>
        <source>Covered and still to come</source>
        <translation>Gennemgået og resterende</translation>
    </message>
    <message>
        <source>Without a group (%1)</source>
        <translation>Uden gruppe (%1)</translation>
    </message>
    <message>
        <source>Rehearsals (%1)</source>
        <translation>Øverunder (%1)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>No group chosen.</source>
        <translation>Ingen gruppe valgt.</translation>
    </message>
    <message>
        <source>Breaks and own slides</source>
        <translation>Pauser og egne dias</translation>
    </message>
    <message>
        <source>Nothing shown yet. Presenting records it.</source>
        <translation>Intet vist endnu. Det registreres, når du præsenterer.</translation>
    </message>
    <message>
        <source>No check-ins yet. The check-in scale while presenting records them.</source>
        <translation>Ingen check-ins endnu. De registreres med check-in-skalaen, når du præsenterer.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <source>Choose the course plans to see what is to come.</source>
        <translation>Vælg kursusplanerne for at se, hvad der kommer.</translation>
    </message>
    <message>
        <source>Covered (%1)</source>
        <translation>Gennemgået (%1)</translation>
    </message>
    <message>
        <source>Still to come (%1)</source>
        <translation>Resterende (%1)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slet session</translation>
    </message>
    <message>
        <source>Delete this session and everything recorded in it?</source>
        <translation>Vil du slette denne session og alt, hvad der er registreret i den?</translation>
    </message>
    <message>
        <source>Notes, attendance and the evaluation go too.</source>
        <translation>Noter, fremmøde og evaluering slettes også.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>%1 backup files could not be cleaned; delete them by hand in the backups folder.</source>
        <translation>%1 sikkerhedskopier kunne ikke renses; slet dem selv i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Slet gruppe</translation>
    </message>
    <message>
        <source>Delete “{name}” with all its sessions?</source>
        <translation>Slet “{name}” med alle gruppens sessioner?</translation>
    </message>
    <message>
        <source>Its participants, sessions, notes, attendance and evaluations are removed from the records and from every backup, and cannot be brought back. Export first if you need a copy.</source>
        <translation>Gruppens deltagere, sessioner, noter, fremmøde og evalueringer fjernes fra registreringerne og fra alle sikkerhedskopier og kan ikke hentes tilbage. Eksportér først, hvis du har brug for en kopi.</translation>
    </message>
    <message>
        <source>The group was deleted.</source>
        <translation>Gruppen blev slettet.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Fastsat af din IT-afdeling</translation>
    </message>
    <message>
        <source>0: kept until deleted</source>
        <translation>0: gemmes, indtil de slettes</translation>
    </message>
    <message>
        <source>To be deleted soon:</source>
        <translation>Slettes snart:</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Opbevaringsperiode</translation>
    </message>
    <message>
        <source>The retention period has run out for these sessions:</source>
        <translation>Opbevaringsperioden er udløbet for disse sessioner:</translation>
    </message>
    <message>
        <source>Without a group</source>
        <translation>Uden gruppe</translation>
    </message>
    <message>
        <source>Delete them now</source>
        <translation>Slet dem nu</translation>
    </message>
    <message>
        <source>Keep one more month</source>
        <translation>Behold en måned mere</translation>
    </message>
    <message>
        <source>The sessions were deleted.</source>
        <translation>Sessionerne blev slettet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The records are not encrypted.</source>
        <translation>Registreringerne er ikke krypterede.</translation>
    </message>
    <message>
        <source>The records and their backups are encrypted. The passphrase is asked at start.</source>
        <translation>Registreringerne og deres sikkerhedskopier er krypterede. Du bliver spurgt om adgangsfrasen ved start.</translation>
    </message>
    <message>
        <source>The records and their backups are encrypted with your IT department&apos;s key file.</source>
        <translation>Registreringerne og deres sikkerhedskopier er krypterede med din IT-afdelings nøglefil.</translation>
    </message>
    <message>
        <source>Encryption is not available: SQLCipher is not installed.</source>
        <translation>Kryptering er ikke tilgængelig: SQLCipher er ikke installeret.</translation>
    </message>
    <message>
        <source>At most 12 lines of up to 200 characters each; not saved yet.</source>
        <translation>Højst 12 linjer på op til 200 tegn; ikke gemt endnu.</translation>
    </message>
    <message>
        <source>Could not be saved: %1</source>
        <translation>Kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Part of the settings from your IT department could not be used; the rest apply. Please tell your IT department:</source>
        <translation>En del af indstillingerne fra din it-afdeling kunne ikke bruges; resten gælder. Giv venligst din it-afdeling besked:</translation>
    </message>
    <message>
        <source>Part of your settings file could not be used; the rest apply:</source>
        <translation>En del af din indstillingsfil kunne ikke bruges; resten gælder:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the log file)</source>
        <translation>
            <numerusform>… og %n mere (se logfilen)</numerusform>
            <numerusform>… og %n mere (se logfilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language of menus and screens. Changes at once; nothing is lost.</source>
        <translation>Sproget i menuer og skærmbilleder. Skifter med det samme; intet går tabt.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the slides on the projector, and of this window.</source>
        <translation>Farverne på dias på projektoren og i dette vindue.</translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation>Indholdsmapper</translation>
    </message>
    <message>
        <source>Extra folders with modules, for example a shared drive. The bundled library and your own items are always included.</source>
        <translation>Ekstra mapper med moduler, for eksempel et fælles drev. Det medfølgende bibliotek og dine egne elementer er altid med.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Hvor kan man få hjælp?</translation>
    </message>
    <message>
        <source>Local contacts for the help slide (F11 while presenting) and for every slide, note and handout that asks for them ({{ local_contacts }}), one a line, for example &quot;School counsellor: room 12&quot;. No private phone numbers.</source>
        <translation>Lokale kontakter til hjælpediasset (F11 under præsentation) og til alle dias, noter og uddelingsark, der beder om dem ({{ local_contacts }}), én pr. linje, fx “Skolens AKT-lærer: lokale 12”. Ingen private telefonnumre.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>Sessions and progress logs stay on this computer. Encrypting them protects them if the computer or a backup is lost.</source>
        <translation>Sessioner og udviklingslogge bliver på denne computer. Kryptering beskytter dem, hvis computeren eller en sikkerhedskopi bliver væk.</translation>
    </message>
    <message>
        <source>Encrypt the records…</source>
        <translation>Kryptér registreringerne …</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Skift adgangsfrasen …</translation>
    </message>
    <message>
        <source>Turn encryption off…</source>
        <translation>Slå krypteringen fra …</translation>
    </message>
    <message>
        <source>Changes are saved at once.</source>
        <translation>Ændringer gemmes med det samme.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>one of da, nb, en</source>
        <translation>en af da, nb, en</translation>
    </message>
    <message>
        <source>one of light, dark, high-contrast</source>
        <translation>en af light, dark, high-contrast</translation>
    </message>
    <message>
        <source>a list of folder paths</source>
        <translation>en liste med mappestier</translation>
    </message>
    <message>
        <source>a list of feature names</source>
        <translation>en liste med navne på funktioner</translation>
    </message>
    <message>
        <source>a screen name</source>
        <translation>navnet på en skærm</translation>
    </message>
    <message>
        <source>8 to 72</source>
        <translation>8 til 72</translation>
    </message>
    <message>
        <source>a list of up to 12 lines, like [&quot;School counsellor: room 12&quot;]</source>
        <translation>en liste med højst 12 linjer, som [&quot;Skolevejleder: lokale 12&quot;]</translation>
    </message>
    <message>
        <source>a list of publisher keys, like [&quot;facilitator-ed25519 AAAA… Kommunen&quot;]</source>
        <translation>en liste med udgivernøgler, som [&quot;facilitator-ed25519 AAAA… Kommunen&quot;]</translation>
    </message>
    <message>
        <source>a file path</source>
        <translation>en filsti</translation>
    </message>
    <message>
        <source>0 (kept until deleted) to 120 months</source>
        <translation>0 (gemmes, til de slettes) til 120 måneder</translation>
    </message>
    <message>
        <source>not valid TOML, nothing in this file applies: {error}</source>
        <translation>ikke gyldig TOML, intet i denne fil gælder: {error}</translation>
    </message>
    <message>
        <source>nested too deeply; nothing in this file applies</source>
        <translation>indlejret for dybt; intet i denne fil gælder</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is locked but this file gives it no usable value, so it is not locked</source>
        <translation>&apos;{name}&apos; er låst, men denne fil giver den ingen brugbar værdi, så den er ikke låst</translation>
    </message>
    <message>
        <source>&apos;locked&apos; should be a list like [&quot;{value}&quot;]; read as a list of one name</source>
        <translation>&apos;locked&apos; skal være en liste som [&quot;{value}&quot;]; læst som en liste med ét navn</translation>
    </message>
    <message>
        <source>&apos;locked&apos; must be a list of setting names like [&quot;language&quot;]; nothing locked</source>
        <translation>&apos;locked&apos; skal være en liste med navne på indstillinger som [&quot;language&quot;]; intet er låst</translation>
    </message>
    <message>
        <source>cannot lock {name}: not a setting; ignored</source>
        <translation>kan ikke låse {name}: ikke en indstilling; ignoreret</translation>
    </message>
    <message>
        <source>not valid JSON: {error}; kept as {file}</source>
        <translation>ikke gyldig JSON: {error}; gemt som {file}</translation>
    </message>
    <message>
        <source>nested too deeply; kept as {file}</source>
        <translation>indlejret for dybt; gemt som {file}</translation>
    </message>
    <message>
        <source>must hold names and values in {{ }}; kept as {file}</source>
        <translation>skal indeholde navne og værdier i {{ }}; gemt som {file}</translation>
    </message>
    <message>
        <source>could not be read: {error}</source>
        <translation>kunne ikke læses: {error}</translation>
    </message>
    <message>
        <source>larger than {size} KB; not read; kept as {file}</source>
        <translation>større end {size} KB; ikke læst; gemt som {file}</translation>
    </message>
    <message>
        <source>larger than {size} KB; not read</source>
        <translation>større end {size} KB; ikke læst</translation>
    </message>
    <message>
        <source>not UTF-8 text; nothing in this file applies; kept as {file}</source>
        <translation>ikke UTF-8-tekst; intet i denne fil gælder; gemt som {file}</translation>
    </message>
    <message>
        <source>not UTF-8 text; nothing in this file applies</source>
        <translation>ikke UTF-8-tekst; intet i denne fil gælder</translation>
    </message>
    <message>
        <source>unknown setting &apos;{key}&apos;</source>
        <translation>ukendt indstilling &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {hint}; ignored</source>
        <translation>&apos;{key}&apos; skal være {hint}; ignoreret</translation>
    </message>
    <message>
        <source>content folder {folder} is not read: {reason}</source>
        <translation>indholdsmappen {folder} læses ikke: {reason}</translation>
    </message>
    <message>
        <source>an empty path would read the folder the app was started from</source>
        <translation>en tom sti ville læse den mappe, appen blev startet fra</translation>
    </message>
    <message>
        <source>not a full path (it would depend on the folder the app was started from)</source>
        <translation>ikke en fuld sti (den ville afhænge af den mappe, appen blev startet fra)</translation>
    </message>
    <message>
        <source>cannot be looked up ({error})</source>
        <translation>kan ikke slås op ({error})</translation>
    </message>
    <message>
        <source>the home folder itself would read every file of the user</source>
        <translation>selve hjemmemappen ville læse alle brugerens filer</translation>
    </message>
    <message>
        <source>it holds the home folder: the app would read every file on the disk</source>
        <translation>den indeholder hjemmemappen: appen ville læse alle filer på disken</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>den findes ikke</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>det er ikke en mappe</translation>
    </message>
</context>
<context>
    <name>SlidesDialog</name>
    <message>
        <source>Slides for this plan</source>
        <translation>Dias til denne plan</translation>
    </message>
    <message>
        <source>“%1”: untick Use to leave a slide out of this plan; tick Hide to skip it when presenting. The deck itself is not changed.</source>
        <translation>“%1”: fjern fluebenet ved Brug for at udelade et dias fra planen; sæt flueben ved Skjul for at springe det over under præsentationen. Selve diasshowet ændres ikke.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Brug</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Use these slides</source>
        <translation>Brug disse dias</translation>
    </message>
</context>
<context>
    <name>SourceMarker</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Fastlagt af din it-afdeling</translation>
    </message>
    <message>
        <source>Shared folders from your IT department; add your own too</source>
        <translation>Fælles mapper fra din it-afdeling; du kan også tilføje dine egne</translation>
    </message>
    <message>
        <source>Default from your IT department; you may change it</source>
        <translation>Standard fra din it-afdeling; du må gerne ændre den</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Break: time is up</source>
        <translation>Pause: tiden er gået</translation>
    </message>
    <message>
        <source>Break · we start again at %1</source>
        <translation>Pause · vi starter igen kl. %1</translation>
    </message>
    <message>
        <source>The break is paused</source>
        <translation>Pausen er sat på pause</translation>
    </message>
    <message>
        <source>Break: press T to start</source>
        <translation>Pause: tryk T for at starte</translation>
    </message>
    <message>
        <source>Step %1: time is up</source>
        <translation>Trin %1: tiden er gået</translation>
    </message>
    <message>
        <source>Step %1 is running</source>
        <translation>Trin %1 kører</translation>
    </message>
    <message>
        <source>Step %1 is paused</source>
        <translation>Trin %1 er sat på pause</translation>
    </message>
    <message>
        <source>Step %1: press T to start</source>
        <translation>Trin %1: tryk på T for at starte</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New plan from a course template</source>
        <translation>Ny plan fra en kursusskabelon</translation>
    </message>
    <message>
        <source>Your plan starts as a copy of the template; the template stays as it is.</source>
        <translation>Din plan starter som en kopi af skabelonen; skabelonen forbliver uændret.</translation>
    </message>
    <message>
        <source>Course templates</source>
        <translation>Kursusskabeloner</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>punkter</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Opret plan</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Et punkt</translation>
    </message>
    <message>
        <source>Another point</source>
        <translation>Et punkt mere</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Først</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Dernæst</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummereret liste</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Lines to write on</source>
        <translation>Linjer at skrive på</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Billede…</translation>
    </message>
    <message>
        <source>Insert: %1</source>
        <translation>Indsæt: %1</translation>
    </message>
    <message>
        <source>The text (Markdown)</source>
        <translation>Teksten (Markdown)</translation>
    </message>
    <message>
        <source>The printed pages</source>
        <translation>De udskrevne sider</translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <source>Turn encryption off</source>
        <translation>Slå krypteringen fra</translation>
    </message>
    <message>
        <source>Facilitator will decrypt the records and every backup. After that, anyone who gets hold of the files (a copy, a lost laptop, a backup of this computer) can read every session, note and progress log in them. No passphrase is asked at start any more.</source>
        <translation>Facilitator dekrypterer registreringerne og alle sikkerhedskopier. Derefter kan enhver, der får fat i filerne (en kopi, en bortkommen bærbar, en sikkerhedskopi af denne computer), læse alle sessioner, noter og udviklingslogge i dem. Der bliver ikke længere spurgt om adgangsfrase ved start.</translation>
    </message>
    <message>
        <source>The passphrase in use now</source>
        <translation>Den adgangsfrase, der bruges nu</translation>
    </message>
    <message>
        <source>I understand that the records will be readable by anyone with the files.</source>
        <translation>Jeg forstår, at registreringerne kan læses af enhver, der har filerne.</translation>
    </message>
</context>
</TS>
