<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
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
        <translation>Fil</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>&amp;Add to plan</source>
        <translation>&amp;Legg til i planen</translation>
    </message>
    <message>
        <source>Add the chosen library item to the open plan</source>
        <translation>Legg det valgte elementet fra biblioteket til i den åpne planen</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>New plan from a course &amp;template…</source>
        <translation>Ny plan fra en &amp;kursmal …</translation>
    </message>
    <message>
        <source>D&amp;uplicate plan</source>
        <translation>&amp;Dupliser plan</translation>
    </message>
    <message>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Slett plan …</translation>
    </message>
    <message>
        <source>Use the &amp;actual minutes</source>
        <translation>Bruk de &amp;faktiske minuttene</translation>
    </message>
    <message>
        <source>Set each entry&apos;s minutes to what it took when this plan was presented</source>
        <translation>Sett hvert punkts minutter til tiden det tok da planen ble presentert</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt n&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Remove from plan</source>
        <translation>F&amp;jern fra planen</translation>
    </message>
    <message>
        <source>Add a &amp;break</source>
        <translation>Legg til en &amp;pause</translation>
    </message>
    <message>
        <source>Add a &amp;free entry</source>
        <translation>Legg til et fritt p&amp;unkt</translation>
    </message>
    <message>
        <source>A discussion, a round or an own slide</source>
        <translation>En diskusjon, en runde eller et eget lysbilde</translation>
    </message>
    <message>
        <source>Add a &amp;section</source>
        <translation>Legg til et a&amp;vsnitt</translation>
    </message>
    <message>
        <source>Choose &amp;slides…</source>
        <translation>Velg lysb&amp;ilder …</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>E&amp;rstatt …</translation>
    </message>
    <message>
        <source>Put another library item in this entry&apos;s place</source>
        <translation>Sett inn et annet element fra biblioteket i stedet for dette punktet</translation>
    </message>
    <message>
        <source>Present the plan from the chosen &amp;entry</source>
        <translation>Presenter planen fra valgt &amp;punkt</translation>
    </message>
    <message>
        <source>Decks, exercises, breaks and free entries in one run</source>
        <translation>Lysbildeserier, øvelser, pauser og frie punkter i ett forløp</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>I&amp;mporter plan …</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>&amp;Eksporter plan …</translation>
    </message>
    <message>
        <source>Save the plan as a plan file to share</source>
        <translation>Lagre planen som en planfil som kan deles</translation>
    </message>
    <message>
        <source>Export plan as P&amp;DF…</source>
        <translation>Eksporter plan som P&amp;DF …</translation>
    </message>
    <message>
        <source>Run sheet, slides, notes, handouts or exercise cards</source>
        <translation>Kjøreplan, lysbilder, notater, deltakerark eller øvelseskort</translation>
    </message>
    <message>
        <source>Session pac&amp;k…</source>
        <translation>Øktpa&amp;kke …</translation>
    </message>
    <message>
        <source>Every document for the session at once: to a folder or one PDF</source>
        <translation>Alle dokumentene til økta på én gang: i en mappe eller som én PDF</translation>
    </message>
    <message>
        <source>&amp;New deck, exercise or handout…</source>
        <translation>&amp;Ny presentasjon, øvelse eller arbeidsark…</translation>
    </message>
    <message>
        <source>Write your own material in My material</source>
        <translation>Skriv ditt eget materiell i Mitt materiell</translation>
    </message>
    <message>
        <source>&amp;Edit, or make my copy</source>
        <translation>R&amp;ediger, eller lag min kopi</translation>
    </message>
    <message>
        <source>Edit your own item; a bundled item is copied into My material first</source>
        <translation>Rediger ditt eget materiell; et medfølgende kopieres først til Mitt materiell</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Angre den siste endringen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>Ny slide</translation>
    </message>
    <message>
        <source>Duplicate the slide</source>
        <translation>Dupliser sliden</translation>
    </message>
    <message>
        <source>Delete the slide</source>
        <translation>Slett sliden</translation>
    </message>
    <message>
        <source>Hide or show the slide when presenting</source>
        <translation>Skjul eller vis sliden under presentasjonen</translation>
    </message>
    <message>
        <source>Move the slide up</source>
        <translation>Flytt sliden opp</translation>
    </message>
    <message>
        <source>Move the slide down</source>
        <translation>Flytt sliden ned</translation>
    </message>
    <message>
        <source>Split the slide at the cursor</source>
        <translation>Del sliden ved markøren</translation>
    </message>
    <message>
        <source>Join with the next slide</source>
        <translation>Slå sammen med neste slide</translation>
    </message>
    <message>
        <source>Insert a picture…</source>
        <translation>Sett inn et bilde…</translation>
    </message>
    <message>
        <source>Show the Markdown source</source>
        <translation>Vis Markdown-kilden</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Lukk redigeringen</translation>
    </message>
    <message>
        <source>&amp;Find in the library</source>
        <translation>&amp;Søk i biblioteket</translation>
    </message>
    <message>
        <source>Search titles, text, notes and tags</source>
        <translation>Søk i titler, tekst, notater og stikkord</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Tøm søket</translation>
    </message>
    <message>
        <source>Open the preview</source>
        <translation>Åpne forhåndsvisningen</translation>
    </message>
    <message>
        <source>&amp;Present from the start</source>
        <translation>&amp;Presenter fra starten</translation>
    </message>
    <message>
        <source>Present the chosen deck or exercise from the start</source>
        <translation>Presenter valgt lysbildeserie eller øvelse fra starten</translation>
    </message>
    <message>
        <source>&amp;Continue where you stopped</source>
        <translation>&amp;Fortsett der du slapp</translation>
    </message>
    <message>
        <source>Present the last deck, exercise or plan again from where you left it</source>
        <translation>Vis den siste lysbildeserien, øvelsen eller planen igjen, fra der du slapp</translation>
    </message>
    <message>
        <source>Present from the chosen &amp;slide</source>
        <translation>Presenter fra valgt &amp;lysbilde</translation>
    </message>
    <message>
        <source>Present the chosen deck from the slide in the preview</source>
        <translation>Presenter valgt lysbildeserie fra lysbildet i forhåndsvisningen</translation>
    </message>
    <message>
        <source>&amp;Problems in the library…</source>
        <translation>&amp;Problemer i biblioteket …</translation>
    </message>
    <message>
        <source>Import &amp;decks…</source>
        <translation>Importer &amp;presentasjoner…</translation>
    </message>
    <message>
        <source>Bring decks from PowerPoint, Impress, PDF or Marp into My material</source>
        <translation>Hent presentasjoner fra PowerPoint, Impress, PDF eller Marp inn i Mitt materiell</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>Language, theme and content folders</source>
        <translation>Språk, tema og innholdsmapper</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
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
        <translation>&amp;Høy kontrast</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>Browse and search the library</source>
        <translation>Bla gjennom og søk i biblioteket</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>P&amp;laner</translation>
    </message>
    <message>
        <source>Build and print session plans</source>
        <translation>Lag og skriv ut planer for øktene</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Økter</translation>
    </message>
    <message>
        <source>Groups, their history and each session&apos;s record</source>
        <translation>Grupper, historikken deres og logg for hver økt</translation>
    </message>
    <message>
        <source>&amp;Mentor log</source>
        <translation>&amp;Mentorlogg</translation>
    </message>
    <message>
        <source>Sub-goals and progress marks, by pseudonym</source>
        <translation>Delmål og vurderinger av utviklingen, under pseudonym</translation>
    </message>
    <message>
        <source>&amp;Backups of the records…</source>
        <translation>&amp;Sikkerhetskopier av registreringene …</translation>
    </message>
    <message>
        <source>See the backups of the records and restore one</source>
        <translation>Se sikkerhetskopiene av registreringene og gjenopprett en av dem</translation>
    </message>
    <message>
        <source>&amp;Room check…</source>
        <translation>&amp;Romsjekk …</translation>
    </message>
    <message>
        <source>Before the class: screens, projector, clicker keys, contacts, records</source>
        <translation>Før undervisningen: skjermer, projektor, klikkerens taster, kontakter, registreringer</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <source>The user guide, at the page about this screen</source>
        <translation>Brukerveiledningen, på siden om dette skjermbildet</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
    <message>
        <source>Move through the list</source>
        <translation>Gå opp og ned i listen</translation>
    </message>
    <message>
        <source>Open or close a module</source>
        <translation>Fold et modul ut eller sammen</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Fra søkefeltet til resultatene</translation>
    </message>
    <message>
        <source>Previous or next slide</source>
        <translation>Forrige eller neste lysbilde</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Tilbake til listen</translation>
    </message>
    <message>
        <source>Move between areas</source>
        <translation>Bytt mellom områder</translation>
    </message>
    <message>
        <source>While presenting: pause screen at once</source>
        <translation>Under presentasjon: pauseskjerm med en gang</translation>
    </message>
    <message>
        <source>While presenting: where to get help</source>
        <translation>Under presentasjon: hvor kan man få hjelp?</translation>
    </message>
    <message>
        <source>While presenting: every key</source>
        <translation>Under presentasjon: alle taster</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Neste lysbilde</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Forrige lysbilde</translation>
    </message>
    <message>
        <source>Next plan entry</source>
        <translation>Neste punkt i planen</translation>
    </message>
    <message>
        <source>Previous plan entry</source>
        <translation>Forrige punkt i planen</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Første lysbilde</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Siste lysbilde</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Hvit skjerm</translation>
    </message>
    <message>
        <source>Pause screen at once (again to return)</source>
        <translation>Pauseskjerm med en gang (igjen for å gå tilbake)</translation>
    </message>
    <message>
        <source>Where to get help (again to return)</source>
        <translation>Hvor kan man få hjelp? (en gang til for å gå tilbake)</translation>
    </message>
    <message>
        <source>Grounding exercise (again to return)</source>
        <translation>Jordingsøvelse (en gang til for å gå tilbake)</translation>
    </message>
    <message>
        <source>Re-time the rest of the plan to end on time…</source>
        <translation>Juster tiden for resten av planen så den slutter i tide …</translation>
    </message>
    <message>
        <source>Start or pause the exercise timer</source>
        <translation>Start tidtakeren for øvelsen, eller sett den på pause</translation>
    </message>
    <message>
        <source>One more minute for the step</source>
        <translation>Ett minutt til for trinnet</translation>
    </message>
    <message>
        <source>Overview of all slides</source>
        <translation>Oversikt over alle lysbilder</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Bytt skjermer</translation>
    </message>
    <message>
        <source>Show or hide the console (one screen)</source>
        <translation>Vis eller skjul konsollen (én skjerm)</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Større notater</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Mindre notater</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Laserpeker</translation>
    </message>
    <message>
        <source>Highlighter pen</source>
        <translation>Merkepenn</translation>
    </message>
    <message>
        <source>Wipe the drawing</source>
        <translation>Visk ut tegningen</translation>
    </message>
    <message>
        <source>Room helpers: groups, talking round, check-in</source>
        <translation>Gruppeverktøy: grupper, samtalerunde, innsjekk</translation>
    </message>
    <message>
        <source>Show the slides again (ends black or white)</source>
        <translation>Vis lysbildene igjen (avslutter svart eller hvitt)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Leave (the place is kept)</source>
        <translation>Avslutt (posisjonen huskes)</translation>
    </message>
    <message>
        <source>Slide number, then Enter</source>
        <translation>Lysbildenummer, deretter Enter</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>These records may be encrypted, and the small file {name} that belongs beside them is missing. Type the passphrase: if it opens the records, Facilitator makes that file again. Otherwise nothing is changed.</source>
        <translation>Registreringene er kanskje kryptert, og den lille filen {name}, som hører til ved siden av dem, mangler. Skriv passordfrasen: åpner den registreringene, lager Facilitator filen på nytt. Ellers blir ingenting endret.</translation>
    </message>
    <message>
        <source>The records could not be opened. Details are in the log.</source>
        <translation>Registreringene kunne ikke åpnes. Detaljene står i loggen.</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Nothing was changed. Try again (capital letters count), or go on without the records.</source>
        <translation>Den passordfrasen åpner ikke denne filen. Ingenting er endret. Prøv igjen (store og små bokstaver teller), eller fortsett uten registreringene.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>on time</source>
        <translation>i rute</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Not the plan&apos;s own day and time: the plan&apos;s clock starts when this presentation started (%1), so ahead and behind show your pace.</source>
        <translation>Ikke planens egen dag og tid: planens klokke starter da denne presentasjonen startet (%1), så foran og bak viser ditt tempo.</translation>
    </message>
    <message>
        <source>Planned end %1</source>
        <translation>Planlagt slutt %1</translation>
    </message>
    <message>
        <source>Projected end %1</source>
        <translation>Forventet slutt %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 bak</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 foran</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Avsnitt %1</translation>
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
        <translation>%1 av %2 min</translation>
    </message>
    <message>
        <source>Not begun yet</source>
        <translation>Ikke startet ennå</translation>
    </message>
    <message>
        <source>%1 min behind plan so far</source>
        <translation>%1 min bak planen så langt</translation>
    </message>
    <message>
        <source>%1 min ahead of plan so far</source>
        <translation>%1 min foran planen så langt</translation>
    </message>
    <message>
        <source>On plan so far</source>
        <translation>Følger planen så langt</translation>
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
        <translation>Juster tiden for resten …</translation>
    </message>
    <message>
        <source>Shorten the flexible entries after this one so the plan ends on time (Ctrl+R)</source>
        <translation>Forkort de fleksible punktene etter dette så planen slutter i tide (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of the records</source>
        <translation>Sikkerhetskopier av registreringene</translation>
    </message>
    <message>
        <source>Facilitator copies your records once a day and before every update of the file. Restoring a copy sets the current file aside first, so it is never lost.</source>
        <translation>Facilitator kopierer registreringene dine én gang om dagen og før hver oppdatering av filen. Når du gjenoppretter en kopi, legges den gjeldende filen først til side, så den aldri går tapt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Gjenopprett denne sikkerhetskopien …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Daglig kopi</translation>
    </message>
    <message>
        <source>Before an update of the file</source>
        <translation>Før en oppdatering av filen</translation>
    </message>
    <message>
        <source>Taken by you</source>
        <translation>Tatt av deg</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gjenoppretting</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
        <source>There are no records to back up yet.</source>
        <translation>Det finnes ingen registreringer å sikkerhetskopiere ennå.</translation>
    </message>
    <message>
        <source>The backup could not be written. Is the disk full?</source>
        <translation>Sikkerhetskopien kunne ikke skrives. Er disken full?</translation>
    </message>
    <message>
        <source>A backup was taken.</source>
        <translation>Det er tatt en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gjenopprett en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Put back the records as they were on {when}?</source>
        <translation>Vil du sette registreringene tilbake slik de var {when}?</translation>
    </message>
    <message>
        <source>What was recorded after that is not shown any more, but the current file is kept in the backups folder (replaced), so it can be restored again.</source>
        <translation>Det som er registrert etter det tidspunktet, vises ikke lenger, men den gjeldende filen tas vare på i mappen med sikkerhetskopier (erstattet), så den kan gjenopprettes igjen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The backup could not be restored: the disk refused.</source>
        <translation>Sikkerhetskopien kunne ikke gjenopprettes: disken avviste det.</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Sikkerhetskopien fra {when} er gjenopprettet.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this note</source>
        <translation>Lukk denne meldingen</translation>
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
        <translation>Ingenting av det du har lagret, er tapt. Detaljene står i loggen: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Noe gikk galt.</translation>
    </message>
    <message>
        <source>Facilitator keeps running; your work is saved. Details are in the log: {path}</source>
        <translation>Facilitator fortsetter, og arbeidet ditt er lagret. Detaljene står i loggen: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åpne loggmappen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Bytt passordfrasen</translation>
    </message>
    <message>
        <source>Facilitator puts the records and every backup under the new passphrase. From then on only the new one opens them. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Facilitator legger registreringene og alle sikkerhetskopier under den nye passordfrasen. Etter det er det bare den nye som åpner dem. Skriv den ned, og oppbevar den et trygt sted, unna denne datamaskinen.</translation>
    </message>
    <message>
        <source>The passphrase in use now</source>
        <translation>Passordfrasen som brukes nå</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters)</source>
        <translation>Ny passordfrase (minst 8 tegn)</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Den nye passordfrasen igjen</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De to nye passordfrasene er ikke like.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Your copy and the new version</source>
        <translation>Din kopi og den nye versjonen</translation>
    </message>
    <message>
        <source>You changed %1, and the new version of its pack changes the same slides. Choose for each slide. The other slides are already merged.</source>
        <translation>Du har endret %1, og den nye versjonen av pakken endrer de samme lysbildene. Velg for hvert lysbilde. De andre lysbildene er allerede flettet sammen.</translation>
    </message>
    <message>
        <source>The new version of the pack that %1 came from changes slides you did not change. Apply takes them into your copy; your copy as it was is kept.</source>
        <translation>Den nye versjonen av pakken som %1 kommer fra, endrer lysbilder du ikke har endret. Bruk tar dem med i kopien din; kopien din slik den var, blir tatt vare på.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Lysbilde %1</translation>
    </message>
    <message>
        <source>Keep my slide</source>
        <translation>Behold mitt lysbilde</translation>
    </message>
    <message>
        <source>Take the new slide</source>
        <translation>Ta det nye lysbildet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Your copy is unchanged.</source>
        <translation>%1 kunne ikke skrives: %2. Kopien din er uendret.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>The records are in use by another program (or another Facilitator). Close it, then open the records again. The file has not been changed.</source>
        <translation>Registreringene brukes av et annet program (eller en annen Facilitator). Lukk det, og åpne så registreringene igjen. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>Facilitator cannot write to the folder {folder}. Ask your IT department, or choose another data folder. The records file has not been changed.</source>
        <translation>Facilitator kan ikke skrive i mappen {folder}. Spør IT-avdelingen, eller velg en annen datamappe. Registreringsfilen er ikke endret.</translation>
    </message>
    <message>
        <source>Facilitator is not allowed to read {path}. Ask your IT department. The file has not been changed.</source>
        <translation>Facilitator har ikke lov til å lese {path}. Spør IT-avdelingen. Filen er ikke endret.</translation>
    </message>
    <message>
        <source>The records are encrypted and stay closed until the passphrase is given. Start Facilitator again to type it.</source>
        <translation>Registreringene er kryptert og forblir lukket til passordfrasen er gitt. Start Facilitator på nytt for å skrive den.</translation>
    </message>
    <message>
        <source>The key file does not open the records. Ask your IT department.</source>
        <translation>Nøkkelfilen åpner ikke registreringene. Spør IT-avdelingen din.</translation>
    </message>
    <message>
        <source>The key file named in the settings cannot be read. Ask your IT department.</source>
        <translation>Nøkkelfilen som innstillingene viser til, kan ikke leses. Spør IT-avdelingen din.</translation>
    </message>
    <message>
        <source>The records file is not damaged after all, so it was not replaced.</source>
        <translation>Registreringsfilen er likevel ikke skadet, så den er ikke erstattet.</translation>
    </message>
    <message>
        <source>The records could not be opened. Details are in the log.</source>
        <translation>Registreringene kunne ikke åpnes. Detaljene står i loggen.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>The records cannot be opened right now.</source>
        <translation>Registreringene kan ikke åpnes akkurat nå.</translation>
    </message>
    <message>
        <source>The records were saved by a newer version of Facilitator.</source>
        <translation>Registreringene er lagret av en nyere versjon av Facilitator.</translation>
    </message>
    <message>
        <source>This version cannot open them and has not changed them. Update Facilitator to see your sessions and progress logs. The file is: {path}</source>
        <translation>Denne versjonen kan ikke åpne dem og har ikke endret dem. Oppdater Facilitator for å se øktene og utviklingsloggene dine. Filen er: {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>(no title)</source>
        <translation>(ingen tittel)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>text too small</source>
        <translation>teksten er for liten</translation>
    </message>
    <message>
        <source>The text had to shrink below the readable size: cut it or split the slide.</source>
        <translation>Teksten måtte gjøres mindre enn det som kan leses: kort den ned, eller del sliden.</translation>
    </message>
    <message>
        <source>The text on this slide had to shrink below the readable size. Cut some words, or split the slide (Ctrl+Shift+Enter).</source>
        <translation>Teksten på denne sliden måtte gjøres mindre enn det som kan leses. Stryk noen ord, eller del sliden (Ctrl+Shift+Enter).</translation>
    </message>
    <message>
        <source>New slide</source>
        <translation>Ny slide</translation>
    </message>
    <message>
        <source>A new slide after this one (Ctrl+M)</source>
        <translation>En ny slide etter denne (Ctrl+M)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Duplicate this slide (Ctrl+D)</source>
        <translation>Dupliser denne sliden (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete this slide (Delete in the list)</source>
        <translation>Slett denne sliden (Delete i listen)</translation>
    </message>
    <message>
        <source>Slides; drag to reorder, Alt+Up and Alt+Down move</source>
        <translation>Slides; dra for å endre rekkefølgen, Alt+Opp og Alt+Ned flytter</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Oppsett</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <source>Title slide</source>
        <translation>Tittelslide</translation>
    </message>
    <message>
        <source>Section divider</source>
        <translation>Avsnittsskille</translation>
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
        <translation>Bilde med tekst</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>&amp;Hide when presenting</source>
        <translation>&amp;Skjul under presentasjonen</translation>
    </message>
    <message>
        <source>Hide this slide when presenting</source>
        <translation>Skjul denne sliden under presentasjonen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Slidens tittel</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <source>Slide text (Markdown)</source>
        <translation>Slidens tekst (Markdown)</translation>
    </message>
    <message>
        <source>- A point
- Another point</source>
        <translation>- Et punkt
- Ett punkt til</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>Speaker notes (only you see them)</source>
        <translation>Talenotater (bare du ser dem)</translation>
    </message>
    <message>
        <source>What you want to say; only you see this.</source>
        <translation>Det du vil si; bare du ser det.</translation>
    </message>
    <message>
        <source>Insert a &amp;picture…</source>
        <translation>Sett inn et &amp;bilde…</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Sett inn et bilde</translation>
    </message>
    <message>
        <source>Preview of the slide</source>
        <translation>Forhåndsvisning av sliden</translation>
    </message>
</context>
<context>
    <name>DeckImport</name>
    <message>
        <source>Import decks</source>
        <translation>Importer presentasjoner</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Presentasjoner</translation>
    </message>
    <message>
        <source>Importing decks…</source>
        <translation>Importerer presentasjoner…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>%1: could not be imported (an error in Facilitator; see the log)</source>
        <translation>%1: kunne ikke importeres (en feil i Facilitator; se loggfilen)</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Importert før</translation>
    </message>
    <message>
        <source>%1 was imported before. Update the earlier import, or import it as new?</source>
        <translation>%1 er importert før. Vil du oppdatere den tidligere importen eller importere den som ny?</translation>
    </message>
    <message>
        <source>Updating keeps its id, so plans and session logs stay linked to it.</source>
        <translation>En oppdatering beholder id-en, så planer og øktlogger fortsatt peker på den.</translation>
    </message>
    <message>
        <source>Update the earlier import</source>
        <translation>Oppdater den tidligere importen</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importer som ny</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>slide %1: simplified: %2</source>
        <translation>lysbilde %1: forenklet: %2</translation>
    </message>
    <message>
        <source>slide %1: dropped: %2</source>
        <translation>lysbilde %1: utelatt: %2</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 lysbilder</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>%1 decks imported into My material; %2 refused.</source>
        <translation>%1 presentasjoner importert til Mitt materiell; %2 avvist.</translation>
    </message>
    <message>
        <source>Cancelled: %1 files were not imported.</source>
        <translation>Avbrutt: %1 filer ble ikke importert.</translation>
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
        <translation>Foredragsnotater · lysbilde %1 av %2</translation>
    </message>
    <message>
        <source>This slide has no speaker notes.</source>
        <translation>Dette lysbildet har ingen foredragsnotater.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Lysbilder</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Foredragsnotater</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Group form</source>
        <translation>Organisering</translation>
    </message>
    <message>
        <source>Steps take</source>
        <translation>Trinnene tar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiell</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notater til kursholder</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Refleksjonsspørsmål</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variasjoner</translation>
    </message>
    <message>
        <source>In this module</source>
        <translation>I denne modulen</translation>
    </message>
    <message>
        <source>Image not available</source>
        <translation>Bildet kan ikke vises</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <source>cannot make a new &apos;{kind}&apos; (use one of: {kinds})</source>
        <translation>kan ikke lage et nytt &apos;{kind}&apos; (bruk et av: {kinds})</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kan ikke leses ({error})</translation>
    </message>
    <message>
        <source>{file}: bundled content is read-only; make your own copy</source>
        <translation>{file}: medfølgende materiell kan ikke endres; lag din egen kopi</translation>
    </message>
    <message>
        <source>{file}: cannot be opened ({error})</source>
        <translation>{file}: kan ikke åpnes ({error})</translation>
    </message>
    <message>
        <source>{file}: describe the picture in a few words (alt text)</source>
        <translation>{file}: beskriv bildet med noen få ord (alternativ tekst)</translation>
    </message>
    <message>
        <source>{file}: only PNG, JPEG and SVG pictures can be used</source>
        <translation>{file}: bare PNG-, JPEG- og SVG-bilder kan brukes</translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation>{file}: filen finnes ikke</translation>
    </message>
    <message>
        <source>{file}: too large ({size} KiB)</source>
        <translation>{file}: bildet er for stort ({size} KiB)</translation>
    </message>
    <message>
        <source>{file}: the file is not a {kind} picture</source>
        <translation>{file}: filen er ikke et {kind}-bilde</translation>
    </message>
    <message>
        <source>{file}: too large ({width}x{height} pixels)</source>
        <translation>{file}: bildet er for stort ({width}x{height} piksler)</translation>
    </message>
    <message>
        <source>{file}: not a picture that can be read (damaged?)</source>
        <translation>{file}: ikke et bilde som kan leses (skadet?)</translation>
    </message>
    <message>
        <source>{file}:{line}: {reason}; the SVG is refused</source>
        <translation>{file}:{line}: {reason}; SVG-bildet avvises</translation>
    </message>
</context>
<context>
    <name>EditorScreen</name>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kunne ikke lagre: %1</translation>
    </message>
    <message>
        <source>Kept as a draft</source>
        <translation>Lagret som utkast</translation>
    </message>
    <message>
        <source>Your text is kept as a draft; the library keeps the last version without errors until this is fixed:</source>
        <translation>Teksten din er lagret som utkast; biblioteket beholder den siste versjonen uten feil til dette er rettet:</translation>
    </message>
    <message>
        <source>A draft from last time was restored.</source>
        <translation>Et utkast fra sist ble hentet fram.</translation>
    </message>
    <message>
        <source>This file was changed outside Facilitator while it was open. Reload it, or keep the text shown here?</source>
        <translation>Filen ble endret utenfor Facilitator mens den var åpen. Vil du hente den på nytt eller beholde teksten her?</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Sett inn et bilde</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Describe the picture</source>
        <translation>Beskriv bildet</translation>
    </message>
    <message>
        <source>Describe %1 in a few words. It is read aloud to people who cannot see it, and shown in your notes.</source>
        <translation>Beskriv %1 med noen få ord. Beskrivelsen leses opp for dem som ikke kan se bildet, og står i notatene dine.</translation>
    </message>
    <message>
        <source>A picture needs a description (alt text).</source>
        <translation>Et bilde må ha en beskrivelse (alternativ tekst).</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bilde: %1</translation>
    </message>
    <message>
        <source>Fix the problem shown first: the draft cannot be shown.</source>
        <translation>Rett først problemet som vises: utkastet kan ikke vises.</translation>
    </message>
    <message>
        <source>Not made: %1 cannot be written (%2).</source>
        <translation>Ikke opprettet: %1 kan ikke lagres (%2).</translation>
    </message>
    <message>
        <source>Your copy of “%1” is in My material.</source>
        <translation>Kopien din av «%1» ligger i Mitt materiell.</translation>
    </message>
    <message>
        <source>The open plan now uses your copy.</source>
        <translation>Den åpne planen bruker nå kopien din.</translation>
    </message>
    <message>
        <source>Your copy of the module “%1” is in the library.</source>
        <translation>Kopien din av modulen «%1» ligger i biblioteket.</translation>
    </message>
    <message>
        <source>← Library</source>
        <translation>← Bibliotek</translation>
    </message>
    <message>
        <source>Back to the library (Ctrl+W); everything is saved</source>
        <translation>Tilbake til biblioteket (Ctrl+W); alt er lagret</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Tilbake til biblioteket</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ittel</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Materiellets tittel</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutter</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighet i minutter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Angre den siste endringen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Gjør om (Ctrl+Shift+Z)</translation>
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
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Present from this slide (F5)</source>
        <translation>Presenter fra denne sliden (F5)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Hent på nytt</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <source>Markdown source of the item</source>
        <translation>Materiellets Markdown-kilde</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Opening the library…</source>
        <translation>Åpner biblioteket …</translation>
    </message>
    <message>
        <source>Choose an item to see it here</source>
        <translation>Velg et element for å se det her</translation>
    </message>
    <message>
        <source>Use the arrow keys in the list. Ctrl+F searches; F1 shows every key.</source>
        <translation>Bruk piltastene i listen. Ctrl+F søker; F1 viser alle taster.</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, or clear the filters. Esc clears the search.</source>
        <translation>Prøv færre eller kortere ord, eller fjern filtrene. Esc tømmer søket.</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>Biblioteket er tomt</translation>
    </message>
    <message>
        <source>Add a content folder in Settings (Ctrl+,).</source>
        <translation>Legg til en innholdsmappe under Innstillinger (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the records</source>
        <translation>Krypter registreringene</translation>
    </message>
    <message>
        <source>Facilitator will encrypt the records and every backup (SQLCipher, AES-256). Anyone who copies the files then sees nothing but noise.

Facilitator will ask for the passphrase each time it starts. The passphrase is not stored anywhere.

If you forget the passphrase, the records cannot be opened again: not by you, not by your IT department, not by us. There is no way back. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Facilitator krypterer registreringene og alle sikkerhetskopier (SQLCipher, AES-256). Den som kopierer filene, ser da bare støy.

Facilitator spør etter passordfrasen hver gang programmet starter. Passordfrasen lagres ingen steder.

Hvis du glemmer passordfrasen, kan registreringene aldri åpnes igjen: verken av deg, av IT-avdelingen din eller av oss. Det finnes ingen vei tilbake. Skriv den ned, og oppbevar den et trygt sted, unna denne datamaskinen.</translation>
    </message>
    <message>
        <source>Passphrase (at least 8 characters)</source>
        <translation>Passordfrase (minst 8 tegn)</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Den samme passordfrasen igjen</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase means the records are lost.</source>
        <translation>Jeg forstår at en glemt passordfrase betyr at registreringene er tapt.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Krypter</translation>
    </message>
    <message>
        <source>The work stopped half way, but every file is whole. Facilitator asks for the new passphrase at the next start and then encrypts the rest.</source>
        <translation>Arbeidet stoppet halvveis, men alle filene er hele. Facilitator ber om den nye passordfrasen ved neste oppstart og krypterer så resten.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to passordfrasene er ikke like.</translation>
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
        <translation>Når slutter økten?</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Angi</translation>
    </message>
    <message>
        <source>No end time</source>
        <translation>Ingen sluttid</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>EntryDetails</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Note for the trainer</source>
        <translation>Notat til kursholderen</translation>
    </message>
    <message>
        <source>Own slide</source>
        <translation>Eget lysbilde</translation>
    </message>
    <message>
        <source>Only you see this note, in the plan and the console</source>
        <translation>Bare du ser dette notatet, i planen og i konsollen</translation>
    </message>
    <message>
        <source>Optional: a slide written in Markdown, e.g. # What do you hope to learn?</source>
        <translation>Valgfritt: et lysbilde skrevet i Markdown, f.eks. # Hva håper du å lære?</translation>
    </message>
    <message>
        <source>May be shortened when re-timing</source>
        <translation>Kan forkortes når tidene justeres</translation>
    </message>
    <message>
        <source>Choose slides…</source>
        <translation>Velg lysbilder …</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Erstatt …</translation>
    </message>
    <message>
        <source>I have looked at it</source>
        <translation>Jeg har sett over det</translation>
    </message>
    <message>
        <source>Choose an entry to see its details.</source>
        <translation>Velg et punkt for å se detaljene.</translation>
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
        <translation>Fritt punkt</translation>
    </message>
    <message>
        <source>“%1” is not in your library (perhaps it came from a colleague&apos;s plan). Choose Replace… to put another item here, or add the module it comes from.</source>
        <translation>«%1» finnes ikke i biblioteket ditt (kanskje det kom fra en kollegas plan). Velg Erstatt … for å sette inn et annet element her, eller legg til modulen det kommer fra.</translation>
    </message>
    <message>
        <source>This item was changed in a library update since it was planned. Look it over; the plan keeps working.</source>
        <translation>Elementet er endret i en bibliotekoppdatering siden det ble planlagt. Se over det; planen fungerer fortsatt.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Steps: %1 of %2 min</source>
        <translation>Trinn: %1 av %2 min</translation>
    </message>
    <message>
        <source>a step has no minutes</source>
        <translation>et trinn mangler minutter</translation>
    </message>
    <message>
        <source>must match the duration</source>
        <translation>må stemme med varigheten</translation>
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
        <translation>&amp;Materiell</translation>
    </message>
    <message>
        <source>Materials (shown to the group)</source>
        <translation>Materiell (vises for gruppen)</translation>
    </message>
    <message>
        <source>&amp;Reflection questions</source>
        <translation>&amp;Refleksjonsspørsmål</translation>
    </message>
    <message>
        <source>Reflection questions (shown to the group)</source>
        <translation>Refleksjonsspørsmål (vises for gruppen)</translation>
    </message>
    <message>
        <source>&amp;Variations</source>
        <translation>&amp;Variasjoner</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variasjoner</translation>
    </message>
    <message>
        <source>&amp;Facilitator notes</source>
        <translation>&amp;Notater til kursholder</translation>
    </message>
    <message>
        <source>Facilitator notes (only you see them, never the projector)</source>
        <translation>Notater til kursholder (bare du ser dem, aldri projektoren)</translation>
    </message>
    <message>
        <source>Only you see this, never the projector.</source>
        <translation>Bare du ser dette, aldri projektoren.</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Trinn</translation>
    </message>
    <message>
        <source>Steps, with minutes</source>
        <translation>Trinn med minutter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Legg til et trinn</translation>
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
        <translation>Eksporter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as pack</source>
        <translation>Eksporter som pakke</translation>
    </message>
    <message>
        <source>Choose what goes into the pack. What it uses comes along.</source>
        <translation>Velg hva som skal være med i pakken. Det som det bruker, blir med.</translation>
    </message>
    <message>
        <source>What goes into the pack</source>
        <translation>Det som skal være med i pakken</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>a key file from &apos;facilitator pack keygen&apos; (optional)</source>
        <translation>en nøkkelfil fra &apos;facilitator pack keygen&apos; (valgfritt)</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Pakkens id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgiver</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Signer med</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>FoldersEditor</name>
    <message>
        <source>%1  (from your IT department)</source>
        <translation>%1  (fra IT-avdelingen din)</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Fastsatt av IT-avdelingen din</translation>
    </message>
    <message>
        <source>No extra folders: only the bundled library and your own items.</source>
        <translation>Ingen ekstra mapper: bare det medfølgende biblioteket og dine egne elementer.</translation>
    </message>
    <message>
        <source>Choose a content folder</source>
        <translation>Velg en innholdsmappe</translation>
    </message>
    <message>
        <source>%1 cannot be a content folder: the app reads every file below it. Choose an existing folder inside your home folder or on a shared drive, not the home folder itself or a folder above it.</source>
        <translation>%1 kan ikke være en innholdsmappe: programmet leser alle filer under den. Velg en eksisterende mappe i hjemmemappen din eller på en delt stasjon, ikke selve hjemmemappen eller en mappe over den.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Legg til mappe …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation>Innholdsmapper</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
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
        <translation>Brukerveiledning – Facilitator</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Søk i veiledningen</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Veiledningens sider</translation>
    </message>
    <message>
        <source>Page of the guide</source>
        <translation>Side i veiledningen</translation>
    </message>
    <message>
        <source>No page holds these words.</source>
        <translation>Ingen side inneholder disse ordene.</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle taster</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, on the page about presenting</source>
        <translation>Alle hurtigtaster, på siden om presentasjon</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>the file needs more memory than this computer has</source>
        <translation>filen krever mer minne enn denne datamaskinen har</translation>
    </message>
    <message>
        <source>the file is nested too deeply to read</source>
        <translation>filen er nøstet for dypt til å kunne leses</translation>
    </message>
    <message>
        <source>cannot import this kind of file (use one of: {known})</source>
        <translation>denne filtypen kan ikke importeres (bruk en av: {known})</translation>
    </message>
    <message>
        <source>links are not followed; import the file itself</source>
        <translation>snarveier følges ikke; importer selve filen</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>the file is too large ({size} MiB; at most {limit} MiB)</source>
        <translation>filen er for stor ({size} MiB; høyst {limit} MiB)</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>filen kan ikke leses: {error}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is password-protected or in an old format; save it as an unprotected {what} file and import that</source>
        <translation>filen er passordbeskyttet eller i et gammelt format; lagre den som en ubeskyttet {what}-fil, og importer den</translation>
    </message>
    <message>
        <source>not a {what} file (it is damaged or of another kind)</source>
        <translation>ikke en {what}-fil (den er skadet eller av en annen type)</translation>
    </message>
    <message>
        <source>the file holds {count} parts (at most {most})</source>
        <translation>filen inneholder {count} deler (høyst {most})</translation>
    </message>
    <message>
        <source>the file holds a part with an unsafe name: {part}</source>
        <translation>filen inneholder en del med et usikkert navn: {part}</translation>
    </message>
    <message>
        <source>the file is password-protected; save it without a password</source>
        <translation>filen er passordbeskyttet; lagre den uten passord</translation>
    </message>
    <message>
        <source>the part {part} unpacks to {size} KiB, far more than a deck holds (a zip bomb?)</source>
        <translation>delen {part} blir {size} KiB utpakket, langt mer enn en presentasjon rommer (en zip-bombe?)</translation>
    </message>
    <message>
        <source>the file unpacks to {size} MiB (at most {most} MiB)</source>
        <translation>filen blir {size} MiB utpakket (høyst {most} MiB)</translation>
    </message>
    <message>
        <source>the part {part} cannot be read (damaged)</source>
        <translation>delen {part} kan ikke leses (skadet)</translation>
    </message>
    <message>
        <source>the part {part} is too large</source>
        <translation>delen {part} er for stor</translation>
    </message>
    <message>
        <source>the part {part} declares XML entities or a DTD, which a deck never needs</source>
        <translation>delen {part} deklarerer XML-entiteter eller en DTD, som en presentasjon aldri trenger</translation>
    </message>
    <message>
        <source>the part {part} is not valid XML (damaged)</source>
        <translation>delen {part} er ikke gyldig XML (skadet)</translation>
    </message>
    <message>
        <source>it is too large ({width}x{height} pixels)</source>
        <translation>det er for stort ({width}x{height} piksler)</translation>
    </message>
    <message>
        <source>its format ({kind}) cannot be shown on a slide</source>
        <translation>formatet ({kind}) kan ikke vises på et lysbilde</translation>
    </message>
    <message>
        <source>it is not a picture Facilitator can read</source>
        <translation>det er ikke et bilde Facilitator kan lese</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>det er for stort</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>det er skadet</translation>
    </message>
    <message>
        <source>the deck has {count} slides; at most {most} can be imported at once (split it into smaller decks)</source>
        <translation>presentasjonen har {count} lysbilder; høyst {most} kan importeres om gangen (del den opp i mindre presentasjoner)</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: {reason}</source>
        <translation>bildet &apos;{name}&apos;: {reason}</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>bilde</translation>
    </message>
    <message>
        <source>line {line}: not UTF-8 text; save the file as UTF-8</source>
        <translation>linje {line}: ikke UTF-8-tekst; lagre filen som UTF-8</translation>
    </message>
    <message>
        <source>already a Facilitator item (its front matter has an id); put it in a module folder instead of importing it</source>
        <translation>allerede et Facilitator-element (metadataene øverst i filen har en id); legg det i en modulmappe i stedet for å importere det</translation>
    </message>
    <message>
        <source>the file has no slides</source>
        <translation>filen har ingen lysbilder</translation>
    </message>
    <message>
        <source>Marp settings not used (Facilitator&apos;s theme shows the slides): {names}</source>
        <translation>Marp-innstillinger som ikke brukes (Facilitators tema viser lysbildene): {names}</translation>
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
        <translation>lysbildet hadde ingenting å vise; det viser nummeret sitt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>&apos;lead&apos; class, as a title slide</source>
        <translation>klassen &apos;lead&apos;, som tittellysbilde</translation>
    </message>
    <message>
        <source>speaker notes</source>
        <translation>foredragsnotater</translation>
    </message>
    <message>
        <source>picture size or filter settings dropped</source>
        <translation>bildets størrelse eller filterinnstillinger er utelatt</translation>
    </message>
    <message>
        <source>a second background picture (only one is shown)</source>
        <translation>enda et bakgrunnsbilde (bare ett vises)</translation>
    </message>
    <message>
        <source>background picture</source>
        <translation>bakgrunnsbilde</translation>
    </message>
    <message>
        <source>an HTML picture became a Markdown picture</source>
        <translation>et HTML-bilde ble til et Markdown-bilde</translation>
    </message>
    <message>
        <source>more than one side picture (only the first is shown)</source>
        <translation>mer enn ett sidebilde (bare det første vises)</translation>
    </message>
    <message>
        <source>side picture (left), as the image layout</source>
        <translation>sidebilde (venstre), som bildeoppsettet</translation>
    </message>
    <message>
        <source>side picture (right), as the image layout</source>
        <translation>sidebilde (høyre), som bildeoppsettet</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: not a local file (only local files show)</source>
        <translation>bildet &apos;{name}&apos;: ikke en lokal fil (bare lokale filer vises)</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: file not found</source>
        <translation>bildet &apos;{name}&apos;: filen finnes ikke</translation>
    </message>
    <message>
        <source>picture &apos;{name}&apos;: cannot be read ({error})</source>
        <translation>bildet &apos;{name}&apos;: kan ikke leses ({error})</translation>
    </message>
    <message>
        <source>hidden, as in the original (the editor can show it again)</source>
        <translation>skjult, som i originalen (editoren kan vise det igjen)</translation>
    </message>
    <message>
        <source>a chart without text or numbers that could be read</source>
        <translation>et diagram uten tekst eller tall som kunne leses</translation>
    </message>
    <message>
        <source>a chart became a table of its numbers (the picture is not drawn)</source>
        <translation>et diagram ble til en tabell over tallene (selve tegningen vises ikke)</translation>
    </message>
    <message>
        <source>the chart&apos;s rows after the first {count}</source>
        <translation>diagrammets rader etter de første {count}</translation>
    </message>
    <message>
        <source>not an Impress (.odp) file (it has no content part)</source>
        <translation>ikke en Impress-fil (.odp) (den har ingen innholdsdel)</translation>
    </message>
    <message>
        <source>not a presentation (it is another kind of OpenDocument file)</source>
        <translation>ikke en presentasjon (det er en annen type OpenDocument-fil)</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read ({error})</source>
        <translation>filen er skadet og kan ikke leses ({error})</translation>
    </message>
    <message>
        <source>the deck has no slides</source>
        <translation>presentasjonen har ingen lysbilder</translation>
    </message>
    <message>
        <source>slide {number} cannot be read ({error})</source>
        <translation>lysbilde {number} kan ikke leses ({error})</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <source>{count} pictures are shown one after the other</source>
        <translation>{count} bilder vises etter hverandre</translation>
    </message>
    <message>
        <source>nothing on the slide could be kept; it shows its number</source>
        <translation>ingenting på lysbildet kunne beholdes; det viser nummeret sitt</translation>
    </message>
    <message>
        <source>grouped shapes became paragraphs of text</source>
        <translation>grupperte figurer ble til tekstavsnitt</translation>
    </message>
    <message>
        <source>a group of drawn shapes (no text)</source>
        <translation>en gruppe tegnede figurer (uten tekst)</translation>
    </message>
    <message>
        <source>a drawn shape&apos;s text became a paragraph</source>
        <translation>teksten i en tegnet figur ble til et avsnitt</translation>
    </message>
    <message>
        <source>a drawn shape without text</source>
        <translation>en tegnet figur uten tekst</translation>
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
        <translation>undertittel</translation>
    </message>
    <message>
        <source>a free-placed text box became a paragraph</source>
        <translation>en fritt plassert tekstboks ble til et avsnitt</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabell</translation>
    </message>
    <message>
        <source>an embedded object (cannot be shown)</source>
        <translation>et innebygd objekt (kan ikke vises)</translation>
    </message>
    <message>
        <source>a frame with nothing that can be shown</source>
        <translation>en ramme uten noe som kan vises</translation>
    </message>
    <message>
        <source>a picture that is linked, not stored in the file</source>
        <translation>et bilde som er lenket og ikke lagret i filen</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>ikke en PDF-fil</translation>
    </message>
    <message>
        <source>the PDF is password-protected; save a copy without a password</source>
        <translation>PDF-en er passordbeskyttet; lagre en kopi uten passord</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF-en er skadet og kan ikke leses</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF-en har ingen sider</translation>
    </message>
    <message>
        <source>page {number} is damaged</source>
        <translation>side {number} er skadet</translation>
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
        <translation>siden, som et bilde</translation>
    </message>
    <message>
        <source>its words, for searching</source>
        <translation>ordene på siden, til søk</translation>
    </message>
    <message>
        <source>Beamer notes (the right half of the page)</source>
        <translation>Beamer-notater (høyre halvdel av siden)</translation>
    </message>
    <message>
        <source>speaker notes from the pdfpc file</source>
        <translation>foredragsnotater fra pdfpc-filen</translation>
    </message>
    <message>
        <source>the page is a picture: its text cannot be edited</source>
        <translation>siden er et bilde: teksten kan ikke redigeres</translation>
    </message>
    <message>
        <source>{file}: too large (at most 2 MiB); its notes are not used</source>
        <translation>{file}: for stor (høyst 2 MiB); notatene brukes ikke</translation>
    </message>
    <message>
        <source>{file}: not a pdfpc notes file in JSON; its notes are not used</source>
        <translation>{file}: ikke en pdfpc-notatfil i JSON; notatene brukes ikke</translation>
    </message>
    <message>
        <source>{file}: has no &apos;pages&apos; list; its notes are not used</source>
        <translation>{file}: har ingen &apos;pages&apos;-liste; notatene brukes ikke</translation>
    </message>
    <message>
        <source>notes read from {file}</source>
        <translation>notater lest fra {file}</translation>
    </message>
    <message>
        <source>not a PowerPoint (.pptx) file (it has no presentation part)</source>
        <translation>ikke en PowerPoint-fil (.pptx) (den har ingen presentasjonsdel)</translation>
    </message>
    <message>
        <source>sections in the original (kept as one deck, each marked on its first slide): {sections}</source>
        <translation>seksjoner i originalen (beholdt som én presentasjon, hver markert på sitt første lysbilde): {sections}</translation>
    </message>
    <message>
        <source>a video or sound (cannot be played)</source>
        <translation>en video eller lyd (kan ikke spilles av)</translation>
    </message>
    <message>
        <source>list levels deeper than four became the fourth level</source>
        <translation>listenivåer dypere enn fire ble til det fjerde nivået</translation>
    </message>
    <message>
        <source>SmartArt without text that could be read</source>
        <translation>SmartArt uten tekst som kunne leses</translation>
    </message>
    <message>
        <source>SmartArt became a list of its text (the drawing is not kept)</source>
        <translation>SmartArt ble til en liste over teksten (selve tegningen beholdes ikke)</translation>
    </message>
    <message>
        <source>no module with the id &apos;{module}&apos; in your own folder ({folder})</source>
        <translation>ingen modul med id-en &apos;{module}&apos; i din egen mappe ({folder})</translation>
    </message>
    <message>
        <source>the deck has more text than one item may hold (2 MiB); split it</source>
        <translation>presentasjonen har mer tekst enn ett element kan romme (2 MiB); del den opp</translation>
    </message>
    <message>
        <source>the imported deck did not pass the content check: {problems}</source>
        <translation>den importerte presentasjonen besto ikke innholdskontrollen: {problems}</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Present</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Present from the start on the projector (F5)</source>
        <translation>Presenter fra begynnelsen på projektoren (F5)</translation>
    </message>
    <message>
        <source>Make my copy</source>
        <translation>Lag min kopi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Copy it into My material to change it (Ctrl+Shift+E)</source>
        <translation>Kopier det til Mitt materiell for å endre det (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Change it in the editor (Ctrl+Shift+E)</source>
        <translation>Endre det i redigeringen (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>1 slide</source>
        <translation>1 lysbilde</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 lysbilder</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Touches heavy themes – read the facilitator notes</source>
        <translation>Berører tunge temaer – les notatene til kursholder</translation>
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
        <translation>%1 min totalt</translation>
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
        <translation>Hurtigtaster</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>Fil %1 av %2</translation>
    </message>
    <message>
        <source>That passphrase does not open the records. Nothing was changed; try again (capital letters count).</source>
        <translation>Den passordfrasen åpner ikke registreringene. Ingenting er endret; prøv igjen (store og små bokstaver teller).</translation>
    </message>
    <message>
        <source>The work stopped half way, but every file is whole. Facilitator finishes it at the next start; either passphrase opens the records then.</source>
        <translation>Arbeidet stoppet halvveis, men alle filene er hele. Facilitator gjør det ferdig ved neste oppstart; begge passordfrasene åpner registreringene da.</translation>
    </message>
    <message>
        <source>Another program has the records open (a presentation started from a terminal?). Nothing was changed: end it, then try again.</source>
        <translation>Et annet program har registreringene åpne (en presentasjon startet fra en terminal?). Ingenting er endret: avslutt den, og prøv så igjen.</translation>
    </message>
    <message>
        <source>It could not be done (is the disk full?). Nothing was changed: the records open as before.</source>
        <translation>Det lot seg ikke gjøre (er disken full?). Ingenting er endret: registreringene åpnes som før.</translation>
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
        <translation>%1 gjør ingenting når du presenterer.</translation>
    </message>
    <message>
        <source>Key test</source>
        <translation>Tastetest</translation>
    </message>
    <message>
        <source>Press your clicker&apos;s keys now. Click elsewhere to stop.</source>
        <translation>Trykk på klikkerens taster nå. Klikk et annet sted for å stoppe.</translation>
    </message>
    <message>
        <source>Click here, then press each key of your clicker.</source>
        <translation>Klikk her, og trykk så på hver tast på klikkeren din.</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>gjenkjent</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>%1: recognised (%2)</source>
        <translation>%1: gjenkjent (%2)</translation>
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
        <translation>Lysbildeserie</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Deltakerark</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Kursholderveiledning</translation>
    </message>
    <message>
        <source>Slide decks</source>
        <translation>Lysbildeserier</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Deltakerark</translation>
    </message>
    <message>
        <source>Facilitator guides</source>
        <translation>Kursholderveiledninger</translation>
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
        <translation>Hele gruppen</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bevegelse</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skriving</translation>
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
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <source>Calm and bright; good in a lit room</source>
        <translation>Rolig og lyst; godt i et opplyst rom</translation>
    </message>
    <message>
        <source>Easy on the eyes in a dim room</source>
        <translation>Skånsomt for øynene i et mørkt rom</translation>
    </message>
    <message>
        <source>Strongest contrast, larger text on slides</source>
        <translation>Sterkest kontrast og større tekst på lysbildene</translation>
    </message>
    <message>
        <source>unverified pack</source>
        <translation>ubekreftet pakke</translation>
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
        <translation>Velg en lysbildeserie eller en øvelse å presentere.</translation>
    </message>
    <message>
        <source>Slide %1 is no longer in &apos;%2&apos;: it starts from the beginning.</source>
        <translation>Lysbilde %1 finnes ikke lenger i &apos;%2&apos;: den starter fra begynnelsen.</translation>
    </message>
    <message>
        <source>Stopped at slide %1 of &apos;%2&apos;. Present &gt; Continue where you stopped (Alt+F5).</source>
        <translation>Stoppet ved lysbilde %1 i &apos;%2&apos;. Presenter &gt; Fortsett der du slapp (Alt+F5).</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Nothing matches the search and filters of the library. Clear them in the library&apos;s search bar (Esc in the search field).</source>
        <translation>Ingenting passer til bibliotekets søk og filtre. Fjern dem i bibliotekets søkelinje (Esc i søkefeltet).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nothing to continue yet: present a deck, an exercise or a plan.</source>
        <translation>Ingenting å fortsette ennå: vis en lysbildeserie, en øvelse eller en plan.</translation>
    </message>
    <message>
        <source>The plan &apos;%1&apos; is no longer there.</source>
        <translation>Planen &apos;%1&apos; finnes ikke lenger.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer in the library.</source>
        <translation>&apos;%1&apos; er ikke lenger i biblioteket.</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>Plan and run training sessions on mental health, mentalization, resilience and coping.</source>
        <translation>Planlegg og gjennomfør undervisning i psykisk helse, mentalisering, robusthet og mestring.</translation>
    </message>
    <message>
        <source>Works offline. Nothing you write leaves this computer.</source>
        <translation>Virker uten nettverk. Ingenting av det du skriver, forlater denne datamaskinen.</translation>
    </message>
    <message>
        <source>Free software under the GPL 3.0 or later. Qt is used under the LGPL.</source>
        <translation>Fri programvare under GPL 3.0 eller senere. Qt brukes under LGPL.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presenter</translation>
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
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Åpner biblioteket …</translation>
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
        <translation>Viser %1 av %2 elementer</translation>
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
        <translation>Vis hvilke filer som har problemer</translation>
    </message>
</context>
<context>
    <name>MentorScreen</name>
    <message>
        <source>People (pseudonyms only)</source>
        <translation>Personer (bare pseudonymer)</translation>
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
        <translation>Pseudonym, f.eks. initialer eller et kallenavn</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Oppbevaring</translation>
    </message>
    <message>
        <source>Delete a person&apos;s records this many months after the last meeting (0: keep until you delete them):</source>
        <translation>Slett en persons registreringer så mange måneder etter siste møte (0: behold til du selv sletter dem):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF …</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Slett alt …</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Utvikling over tid</translation>
    </message>
    <message>
        <source>All five</source>
        <translation>Alle fem</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>Marks and note</source>
        <translation>Vurderinger og notat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slett møte</translation>
    </message>
    <message>
        <source>Note about the meeting (saves as you type)</source>
        <translation>Notat om møtet (lagres mens du skriver)</translation>
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
        <translation>Nådd</translation>
    </message>
    <message>
        <source>A concrete sub-goal, e.g. &apos;Comes to the first lesson three days in a row&apos;</source>
        <translation>Et konkret delmål, f.eks. &apos;Kommer til første time tre dager på rad&apos;</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>Legg til delmål</translation>
    </message>
    <message>
        <source>Add a person to start a progress log.</source>
        <translation>Legg til en person for å starte en utviklingslogg.</translation>
    </message>
    <message>
        <source>No marks yet. Add a meeting and give marks from 1 to 5.</source>
        <translation>Ingen vurderinger ennå. Legg til et møte og gi vurderinger fra 1 til 5.</translation>
    </message>
    <message>
        <source>To be deleted soon:</source>
        <translation>Slettes snart:</translation>
    </message>
    <message>
        <source>There is already a person with that pseudonym.</source>
        <translation>Det finnes allerede en person med det pseudonymet.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Oppbevaringsperiode</translation>
    </message>
    <message>
        <source>The retention period has run out for these records:</source>
        <translation>Oppbevaringsperioden er utløpt for disse registreringene:</translation>
    </message>
    <message>
        <source>Delete them now</source>
        <translation>Slett dem nå</translation>
    </message>
    <message>
        <source>Keep one more month</source>
        <translation>Behold én måned til</translation>
    </message>
    <message>
        <source>Delete a person&apos;s records</source>
        <translation>Slett en persons registreringer</translation>
    </message>
    <message>
        <source>Delete everything about “{name}”?</source>
        <translation>Vil du slette alt om «{name}»?</translation>
    </message>
    <message>
        <source>Sub-goals, meetings, marks and notes are removed from the records and from their backups, and cannot be brought back. Export first if you need a copy.</source>
        <translation>Delmål, møter, vurderinger og notater fjernes fra registreringene og fra sikkerhetskopiene og kan ikke gjenopprettes. Eksporter først hvis du trenger en kopi.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Slett alt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 backup files could not be cleaned; delete them by hand in the backups folder.</source>
        <translation>%1 sikkerhetskopifiler kunne ikke renses; slett dem manuelt i mappen med sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The records were deleted.</source>
        <translation>Registreringene er slettet.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>New item</source>
        <translation>Nytt materiell</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Type materiell</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>It goes into My material, in your own folder.</source>
        <translation>Det legges i Mitt materiell i din egen mappe.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <source>E&amp;xport as pack…</source>
        <translation>Eksporter som &amp;pakke …</translation>
    </message>
    <message>
        <source>I&amp;mport pack…</source>
        <translation>Impor&amp;ter pakke …</translation>
    </message>
    <message>
        <source>&amp;Packs…</source>
        <translation>&amp;Pakker…</translation>
    </message>
    <message>
        <source>“%1”: version %2 is available (you have %3).</source>
        <translation>«%1»: versjon %2 finnes (du har %3).</translation>
    </message>
    <message>
        <source>%1 of your copies wait for you to choose between your slides and the new ones.</source>
        <translation>%1 av kopiene dine venter på at du velger mellom lysbildene dine og de nye.</translation>
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
        <translation>Ikke disse versjonene</translation>
    </message>
    <message>
        <source>Do not mention these versions at start again. A newer version is mentioned, and File &gt; Packs… still lists them.</source>
        <translation>Ikke nevn disse versjonene ved oppstart igjen. En nyere versjon blir nevnt, og Fil &gt; Pakker… viser dem fortsatt.</translation>
    </message>
    <message>
        <source>Could not keep your answer: %1</source>
        <translation>Svaret ditt kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Export as pack</source>
        <translation>Eksporter som pakke</translation>
    </message>
    <message>
        <source>Content packs (*.facpack)</source>
        <translation>Innholdspakker (*.facpack)</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import pack</source>
        <translation>Importer pakke</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Kontrollerer pakken …</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ikke importert</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 ble ikke importert: %2</translation>
    </message>
    <message>
        <source>%1 is not signed by a publisher your IT department trusts, and only those packs may be imported here.</source>
        <translation>%1 er ikke signert av en utgiver som IT-avdelingen din stoler på, og bare slike pakker kan importeres her.</translation>
    </message>
    <message>
        <source>Importing the pack…</source>
        <translation>Importerer pakken …</translation>
    </message>
    <message>
        <source>Unverified pack</source>
        <translation>Ubekreftet pakke</translation>
    </message>
    <message>
        <source>“%1” is not signed: nobody vouches for where it comes from.</source>
        <translation>«%1» er ikke signert: ingen står inne for hvor den kommer fra.</translation>
    </message>
    <message>
        <source>“%1” is signed by a publisher this computer does not know (key %2).</source>
        <translation>«%1» er signert av en utgiver som denne datamaskinen ikke kjenner (nøkkel %2).</translation>
    </message>
    <message>
        <source>Import it only if you know who made it. It will be marked as unverified in the library.</source>
        <translation>Importer den bare hvis du vet hvem som har laget den. Den blir merket som ubekreftet i biblioteket.</translation>
    </message>
    <message>
        <source>Import once</source>
        <translation>Importer denne gangen</translation>
    </message>
    <message>
        <source>Import and trust this publisher</source>
        <translation>Importer og stol på denne utgiveren</translation>
    </message>
    <message>
        <source>“%1”, version %2, is in the library.</source>
        <translation>«%1», versjon %2, er nå i biblioteket.</translation>
    </message>
    <message>
        <source>Your copy %1 now has the new version&apos;s changes too.</source>
        <translation>Kopien din %1 har nå også endringene fra den nye versjonen.</translation>
    </message>
    <message>
        <source>Accept the merge or undo it in File &gt; Packs…; until then your copy as it was is kept.</source>
        <translation>Godta sammenflettingen, eller angre den, under Fil &gt; Pakker…; fram til da blir kopien din slik den var, tatt vare på.</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Pakken er importert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Avbrutt. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>PackMessages</name>
    <message>
        <source>&apos;{name}&apos; holds a backslash (a Windows path that could leave the folder)</source>
        <translation>&apos;{name}&apos; inneholder en omvendt skråstrek (en Windows-bane som kunne føre ut av mappen)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an absolute path</source>
        <translation>&apos;{name}&apos; er en absolutt bane</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; names a drive</source>
        <translation>&apos;{name}&apos; nevner en stasjon</translation>
    </message>
    <message>
        <source>{name} holds a control character</source>
        <translation>{name} inneholder et kontrolltegn</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds a &apos;:&apos;</source>
        <translation>&apos;{name}&apos; inneholder et &apos;:&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has an empty, &apos;.&apos; or &apos;..&apos; part (it could leave the folder)</source>
        <translation>&apos;{name}&apos; har en tom del, &apos;.&apos; eller &apos;..&apos; (den kunne føre ut av mappen)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a part Windows cannot store (&apos;{part}&apos;)</source>
        <translation>&apos;{name}&apos; har en del som Windows ikke kan lagre (&apos;{part}&apos;)</translation>
    </message>
    <message>
        <source>&apos;{name}…&apos; has a part longer than 200 bytes</source>
        <translation>&apos;{name}…&apos; har en del som er lengre enn 200 byte</translation>
    </message>
    <message>
        <source>{file}: cannot be read: {error}</source>
        <translation>{file}: kan ikke leses: {error}</translation>
    </message>
    <message>
        <source>{file}: {size} MiB, more than a pack may be</source>
        <translation>{file}: {size} MiB, mer enn en pakke kan være</translation>
    </message>
    <message>
        <source>{file}: a name in the zip is not UTF-8</source>
        <translation>{file}: et navn i zip-filen er ikke UTF-8</translation>
    </message>
    <message>
        <source>{file}: not a pack, or damaged or truncated ({error})</source>
        <translation>{file}: ikke en pakke, eller skadet eller avkortet ({error})</translation>
    </message>
    <message>
        <source>the zip holds {count} entries; a pack may hold {most}</source>
        <translation>zip-filen inneholder {count} oppføringer; en pakke kan inneholde {most}</translation>
    </message>
    <message>
        <source>{name}: the name is not marked as UTF-8</source>
        <translation>{name}: navnet er ikke merket som UTF-8</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a symbolic link; a pack holds files only</source>
        <translation>&apos;{name}&apos; er en symbolsk lenke; en pakke inneholder bare filer</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a device, pipe or socket</source>
        <translation>&apos;{name}&apos; er en enhet, et rør eller en socket</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is encrypted</source>
        <translation>&apos;{name}&apos; er kryptert</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the zip twice</source>
        <translation>&apos;{name}&apos; finnes to ganger i zip-filen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and &apos;{other}&apos; differ only in case or Unicode normalisation</source>
        <translation>&apos;{name}&apos; og &apos;{other}&apos; skiller seg bare ved store og små bokstaver eller Unicode-normalisering</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size} MiB uncompressed; too large</source>
        <translation>&apos;{name}&apos; er {size} MiB utpakket; for stor</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; grows {ratio} times when unpacked (at most {most})</source>
        <translation>&apos;{name}&apos; vokser {ratio} ganger når den pakkes ut (høyst {most})</translation>
    </message>
    <message>
        <source>the files add up to more than {size} MiB uncompressed</source>
        <translation>filene er til sammen mer enn {size} MiB utpakket</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than {size} KiB</source>
        <translation>&apos;{name}&apos; er større enn {size} KiB</translation>
    </message>
    <message>
        <source>the zip has no manifest.json: not a Facilitator pack</source>
        <translation>zip-filen har ingen manifest.json: ikke en Facilitator-pakke</translation>
    </message>
    <message>
        <source>signature: {problem}; not imported</source>
        <translation>signatur: {problem}; ikke importert</translation>
    </message>
    <message>
        <source>manifest.json: &apos;{name}&apos; is not under content/</source>
        <translation>manifest.json: &apos;{name}&apos; ligger ikke under content/</translation>
    </message>
    <message>
        <source>manifest.json lists &apos;{name}&apos; twice</source>
        <translation>manifest.json nevner &apos;{name}&apos; to ganger</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an archive inside the pack</source>
        <translation>&apos;{name}&apos; er et arkiv inne i pakken</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: a pack carries only {kinds} files</source>
        <translation>&apos;{name}&apos;: en pakke inneholder bare {kinds}-filer</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a folder outside content/</source>
        <translation>&apos;{name}&apos; er en mappe utenfor content/</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the zip but not in the manifest</source>
        <translation>&apos;{name}&apos; finnes i zip-filen, men ikke i manifestet</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in the manifest but not in the zip</source>
        <translation>&apos;{name}&apos; står i manifestet, men finnes ikke i zip-filen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: the manifest says {size} bytes, the zip {stored}</source>
        <translation>&apos;{name}&apos;: manifestet sier {size} byte, zip-filen {stored}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; would leave the folder</source>
        <translation>&apos;{name}&apos; ville føre ut av mappen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is longer than the manifest says</source>
        <translation>&apos;{name}&apos; er lengre enn manifestet sier</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shorter than the manifest says</source>
        <translation>&apos;{name}&apos; er kortere enn manifestet sier</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: its SHA-256 is not the one in the manifest</source>
        <translation>&apos;{name}&apos;: SHA-256-verdien er ikke den som står i manifestet</translation>
    </message>
    <message>
        <source>{file}: already exists; choose another name (keys are never replaced)</source>
        <translation>{file}: finnes allerede; velg et annet navn (nøkler blir aldri erstattet)</translation>
    </message>
    <message>
        <source>{file}: not a private key made by &apos;facilitator pack keygen&apos; ({reason})</source>
        <translation>{file}: ikke en privat nøkkel laget med &apos;facilitator pack keygen&apos; ({reason})</translation>
    </message>
    <message>
        <source>{file}: not an Ed25519 key (make one with &apos;facilitator pack keygen&apos;)</source>
        <translation>{file}: ikke en Ed25519-nøkkel (lag en med &apos;facilitator pack keygen&apos;)</translation>
    </message>
    <message>
        <source>it is not a PEM text file</source>
        <translation>det er ikke en PEM-tekstfil</translation>
    </message>
    <message>
        <source>no &apos;{begin}&apos; block</source>
        <translation>ingen &apos;{begin}&apos;-blokk</translation>
    </message>
    <message>
        <source>the key block is not base64</source>
        <translation>nøkkelblokken er ikke base64</translation>
    </message>
    <message>
        <source>the key block is not PKCS#8</source>
        <translation>nøkkelblokken er ikke PKCS#8</translation>
    </message>
    <message>
        <source>the signature file is not an Ed25519 signature</source>
        <translation>signaturfilen er ikke en Ed25519-signatur</translation>
    </message>
    <message>
        <source>the signature file cannot be read</source>
        <translation>signaturfilen kan ikke leses</translation>
    </message>
    <message>
        <source>the signature file holds no Ed25519 key and signature</source>
        <translation>signaturfilen inneholder ingen Ed25519-nøkkel og -signatur</translation>
    </message>
    <message>
        <source>the signature does not match the manifest</source>
        <translation>signaturen passer ikke til manifestet</translation>
    </message>
    <message>
        <source>manifest.json: pack format {format} is newer than this Facilitator reads ({known}); update Facilitator to import it</source>
        <translation>manifest.json: pakkeformat {format} er nyere enn det denne Facilitator kan lese ({known}); oppdater Facilitator for å importere den</translation>
    </message>
    <message>
        <source>signed by a trusted publisher</source>
        <translation>signert av en utgiver du stoler på</translation>
    </message>
    <message>
        <source>signed by a key that is not trusted here ({key})</source>
        <translation>signert med en nøkkel du ikke stoler på her ({key})</translation>
    </message>
    <message>
        <source>not signed: nobody vouches for where it comes from</source>
        <translation>ikke signert: ingen går god for hvor den kommer fra</translation>
    </message>
    <message>
        <source>manifest.json: the pack id &apos;{id}&apos; is an id of the bundled library</source>
        <translation>manifest.json: pakkens id &apos;{id}&apos; er en id i det medfølgende biblioteket</translation>
    </message>
    <message>
        <source>the pack&apos;s content fails check-content ({count} problems)</source>
        <translation>pakkens innhold består ikke check-content ({count} problemer)</translation>
    </message>
    <message>
        <source>the pack&apos;s content fails check-content (1 problem)</source>
        <translation>pakkens innhold består ikke check-content (1 problem)</translation>
    </message>
    <message>
        <source>1 item has the id of a bundled item and stays hidden behind it: {ids}</source>
        <translation>1 element har samme id som et medfølgende element og blir skjult bak det: {ids}</translation>
    </message>
    <message>
        <source>{count} items have the id of a bundled item and stay hidden behind it: {ids}</source>
        <translation>{count} elementer har samme id som medfølgende elementer og blir skjult bak dem: {ids}</translation>
    </message>
    <message>
        <source>{check}; IT allows only packs of its trusted publishers</source>
        <translation>{check}; IT-avdelingen tillater bare pakker fra utgivere den stoler på</translation>
    </message>
    <message>
        <source>{check} ({reason}), and nobody said yes</source>
        <translation>{check} ({reason}), og ingen sa ja</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; version {version} is installed with other content; the publisher must give the new content a new version</source>
        <translation>&apos;{id}&apos; versjon {version} er installert med annet innhold; utgiveren må gi det nye innholdet en ny versjon</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; version {previous} is installed; version {version} is older (import it with the downgrade option to go back)</source>
        <translation>&apos;{id}&apos; versjon {previous} er installert; versjon {version} er eldre (importer den med valget for nedgradering for å gå tilbake)</translation>
    </message>
    <message>
        <source>the version {version} of &apos;{id}&apos; that this copy came from is not installed; the copy is left as it is</source>
        <translation>versjon {version} av &apos;{id}&apos;, som denne kopien kommer fra, er ikke installert; kopien blir stående som den er</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kan ikke leses: {error}</translation>
    </message>
    <message>
        <source>&apos;{target}&apos;: the plan has no file to export</source>
        <translation>&apos;{target}&apos;: planen har ingen fil som kan eksporteres</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is no module, item or plan id of the library</source>
        <translation>&apos;{target}&apos; er ikke id-en til en modul, et element eller en plan i biblioteket</translation>
    </message>
    <message>
        <source>{file}: the image &apos;{image}&apos; is outside the module&apos;s folder; move it beside the Markdown to export it</source>
        <translation>{file}: bildet &apos;{image}&apos; ligger utenfor modulens mappe; flytt det ved siden av Markdown-filen for å eksportere det</translation>
    </message>
    <message>
        <source>pack id &apos;{id}&apos; may hold only lower case a-z, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;</source>
        <translation>pakke-id-en &apos;{id}&apos; kan bare inneholde små bokstaver a-z, sifre, &apos;.&apos;, &apos;-&apos; og &apos;_&apos;</translation>
    </message>
    <message>
        <source>pack id &apos;{id}&apos; is an id of the bundled library; choose another (e.g. &apos;yourorganisation.{id}&apos;)</source>
        <translation>pakke-id-en &apos;{id}&apos; er en id i det medfølgende biblioteket; velg en annen (f.eks. &apos;organisasjonen.{id}&apos;)</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1</source>
        <translation>versjonen må være et helt tall fra og med 1</translation>
    </message>
    <message>
        <source>name at least one module, item or plan</source>
        <translation>velg minst én modul, ett element eller én plan</translation>
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
        <translation>Innholdspakker installert på denne datamaskinen:</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgiver</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Se etter igjen</translation>
    </message>
    <message>
        <source>Look in the content sources for newer versions of the installed packs</source>
        <translation>Se etter nyere versjoner av de installerte pakkene i innholdskildene</translation>
    </message>
    <message>
        <source>Update to the newer version</source>
        <translation>Oppdater til den nyere versjonen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Your copies of pack slides that a new version also changed. Choose, slide by slide, what to keep:</source>
        <translation>Kopiene dine av lysbilder fra en pakke som en ny versjon også har endret. Velg lysbilde for lysbilde hva du vil beholde:</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Your copies that took in a new version&apos;s slides. Keep the merge, or put your copy back as it was (the merged text is kept beside it):</source>
        <translation>Kopiene dine som har fått lysbilder fra en ny versjon. Behold sammenflettingen, eller sett kopien tilbake slik den var (den sammenflettede teksten blir tatt vare på ved siden av):</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <source>Keep the merged copy; delete the copy as it was</source>
        <translation>Behold den sammenflettede kopien; slett kopien slik den var</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Angre sammenflettingen</translation>
    </message>
    <message>
        <source>Put your copy back as it was; the merged text is kept beside it</source>
        <translation>Sett kopien din tilbake slik den var; den sammenflettede teksten blir tatt vare på ved siden av</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>%1 (%2 available)</source>
        <translation>%1 (%2 finnes)</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>bekreftet</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ubekreftet</translation>
    </message>
    <message>
        <source>%1 (version %2) – slides to choose: %3</source>
        <translation>%1 (versjon %2) – lysbilder å velge: %3</translation>
    </message>
    <message>
        <source>%1 (version %2) – merges without a choice</source>
        <translation>%1 (versjon %2) – flettes sammen uten valg</translation>
    </message>
    <message>
        <source>%1 – merged with version %2 (your copy was from version %3)</source>
        <translation>%1 – flettet sammen med versjon %2 (kopien din var fra versjon %3)</translation>
    </message>
    <message>
        <source>%1 – merged with a new version</source>
        <translation>%1 – flettet sammen med en ny versjon</translation>
    </message>
    <message>
        <source>%1
As it was: %2</source>
        <translation>%1
Slik den var: %2</translation>
    </message>
    <message>
        <source>Looking for newer versions…</source>
        <translation>Ser etter nyere versjoner…</translation>
    </message>
    <message>
        <source>Newer versions found: %1.</source>
        <translation>Nyere versjoner funnet: %1.</translation>
    </message>
    <message>
        <source>No newer versions in the content sources.</source>
        <translation>Ingen nyere versjoner i innholdskildene.</translation>
    </message>
    <message>
        <source>The content sources could not be read: %1</source>
        <translation>Innholdskildene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Fjern pakke</translation>
    </message>
    <message>
        <source>Remove “%1”? Its items leave the library. Plans that use them keep the rest and say what is missing. Your own copies stay.</source>
        <translation>Fjerne «%1»? Innholdet forsvinner fra biblioteket. Planer som bruker det, beholder resten og sier hva som mangler. Dine egne kopier blir værende.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Ikke fjernet</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>«%1» kunne ikke fjernes: %2</translation>
    </message>
    <message>
        <source>%1: the merge is kept.</source>
        <translation>%1: sammenflettingen er beholdt.</translation>
    </message>
    <message>
        <source>%1 is back as it was.</source>
        <translation>%1 er tilbake slik den var.</translation>
    </message>
    <message>
        <source>The merged text is kept in %1.</source>
        <translation>Den sammenflettede teksten er tatt vare på i %1.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>%1 could not be changed: %2. Nothing was lost.</source>
        <translation>%1 kunne ikke endres: %2. Ingenting har gått tapt.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted records</source>
        <translation>Krypterte registreringer</translation>
    </message>
    <message>
        <source>Your records are encrypted. Type the passphrase to open them. Without it, Facilitator works, but sessions and progress logs stay closed.</source>
        <translation>Registreringene dine er kryptert. Skriv passordfrasen for å åpne dem. Uten den virker Facilitator, men økter og utviklingslogger forblir lukket.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Open the records</source>
        <translation>Åpne registreringene</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Fortsett uten dem</translation>
    </message>
    <message>
        <source>That passphrase does not open the records. Nothing was changed; try again (capital letters count).</source>
        <translation>Den passordfrasen åpner ikke registreringene. Ingenting er endret; prøv igjen (store og små bokstaver teller).</translation>
    </message>
    <message>
        <source>The key-check file beside the records cannot be read: %1</source>
        <translation>Nøkkelkontrollfilen ved siden av registreringene kan ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Export plan as PDF</source>
        <translation>Eksporter plan som PDF</translation>
    </message>
    <message>
        <source>Run sheet: agenda with clock times, materials and notes</source>
        <translation>Kjøreplan: program med klokkeslett, materiell og notater</translation>
    </message>
    <message>
        <source>Slides: every slide of the plan in order</source>
        <translation>Lysbilder: alle lysbildene i planen i rekkefølge</translation>
    </message>
    <message>
        <source>Notes pages: each slide with its speaker notes</source>
        <translation>Notatsider: hvert lysbilde med foredragsnotatene</translation>
    </message>
    <message>
        <source>Handouts: the participants&apos; handouts and slides, 3 a page</source>
        <translation>Deltakerark: deltakernes ark og lysbilder, 3 per side</translation>
    </message>
    <message>
        <source>Exercise cards: one exercise a page in large type</source>
        <translation>Øvelseskort: én øvelse per side med stor skrift</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Velg fil …</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Export plan as PDF</source>
        <translation>Eksporter plan som PDF</translation>
    </message>
    <message>
        <source>Making %1…</source>
        <translation>Lager %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <translation>Alt øktloggen og mentorloggen inneholder om ett pseudonym: grupper, oppmøte, notater som nevner personen, delmål og møter. Eksporter det når en person ber om å se det; slett det når personen ber om å bli glemt.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF …</translation>
    </message>
    <message>
        <source>Erase everywhere…</source>
        <translation>Slett overalt …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Slett en person</translation>
    </message>
    <message>
        <source>Erase everything about “{name}”?</source>
        <translation>Slette alt om «{name}»?</translation>
    </message>
    <message>
        <source>They are removed from every group, their ticks and their progress log go, and notes that name them show […] instead. The same happens in every backup. This cannot be undone: export first if they asked for a copy.</source>
        <translation>Personen fjernes fra alle grupper, oppmøtemarkeringer og utviklingslogg slettes, og i notater som nevner personen, står det […] i stedet. Det samme skjer i alle sikkerhetskopier. Dette kan ikke angres: eksporter først hvis personen har bedt om en kopi.</translation>
    </message>
    <message>
        <source>Erase everywhere</source>
        <translation>Slett overalt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Erased. %1 backup files could not be cleaned; delete them by hand in the backups folder.</source>
        <translation>Slettet. %1 sikkerhetskopier kunne ikke renses; slett dem selv i mappen med sikkerhetskopier.</translation>
    </message>
    <message>
        <source>Erased from the records and every backup.</source>
        <translation>Slettet fra registreringene og alle sikkerhetskopier.</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
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
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>Group or audience, e.g. Hold A, teachers</source>
        <translation>Gruppe eller målgruppe, f.eks. Gruppe A, lærere</translation>
    </message>
    <message>
        <source>What to prepare, bring or remember</source>
        <translation>Hva som skal forberedes, tas med eller huskes</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>ingen slutt</translation>
    </message>
    <message>
        <source>The time the session should end</source>
        <translation>Tidspunktet økten skal slutte</translation>
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
        <translation>Notat til kursholderen</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(avsnitt uten tittel)</translation>
    </message>
    <message>
        <source>A section of the plan. Press F2 to rename it.</source>
        <translation>Et avsnitt i planen. Trykk F2 for å gi det nytt navn.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free entry</source>
        <translation>Fritt punkt</translation>
    </message>
    <message>
        <source>Missing item: %1</source>
        <translation>Manglende element: %1</translation>
    </message>
    <message>
        <source>Planned %1 min; took %2 min in past sessions (median)</source>
        <translation>Planlagt %1 min; tok %2 min i tidligere økter (median)</translation>
    </message>
    <message>
        <source>%1 of %2 slides</source>
        <translation>%1 av %2 lysbilder</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 lysbilder</translation>
    </message>
    <message>
        <source>fixed: kept when the plan is re-timed</source>
        <translation>fast: endres ikke når tidene i planen justeres</translation>
    </message>
    <message>
        <source>This item is not in your library. Choose Replace… to put another item here.</source>
        <translation>Dette elementet finnes ikke i biblioteket ditt. Velg Erstatt … for å sette inn et annet element her.</translation>
    </message>
    <message>
        <source>This item was changed in a library update since it was planned. Look it over; the plan keeps working.</source>
        <translation>Elementet er endret i en bibliotekoppdatering siden det ble planlagt. Se over det; planen fungerer fortsatt.</translation>
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
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Note for the trainer</source>
        <translation>Notat til kursholderen</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Free entry</source>
        <translation>Fritt punkt</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiell</translation>
    </message>
    <message>
        <source>Handouts to print</source>
        <translation>Deltakerark som skal skrives ut</translation>
    </message>
    <message>
        <source>Slide decks</source>
        <translation>Lysbildeserier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>lysbilder</translation>
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
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Reflection questions</source>
        <translation>Refleksjonsspørsmål</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>No materials besides the slides.</source>
        <translation>Ikke noe materiell utover lysbildene.</translation>
    </message>
    <message>
        <source>Slide deck</source>
        <translation>Lysbildeserie</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Deltakerark</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Kursholderveiledning</translation>
    </message>
    <message>
        <source>the plan shows no slides</source>
        <translation>planen viser ingen lysbilder</translation>
    </message>
    <message>
        <source>the plan has no exercises</source>
        <translation>planen har ingen øvelser</translation>
    </message>
    <message>
        <source>the plan has no handouts and no slides</source>
        <translation>planen har verken deltakerark eller lysbilder</translation>
    </message>
</context>
<context>
    <name>PlannerScreen</name>
    <message>
        <source>Present</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Add a free entry</source>
        <translation>Legg til et fritt punkt</translation>
    </message>
    <message>
        <source>Present the plan from the chosen entry (Ctrl+F5)</source>
        <translation>Presenter planen fra valgt punkt (Ctrl+F5)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <source>Print the plan: run sheet, slides, handouts</source>
        <translation>Skriv ut planen: kjøreplan, lysbilder, deltakerark</translation>
    </message>
    <message>
        <source>Session pack…</source>
        <translation>Øktpakke …</translation>
    </message>
    <message>
        <source>Every document for the session at once (Ctrl+Shift+P)</source>
        <translation>Alle dokumentene til økta på én gang (Ctrl+Shift+P)</translation>
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
        <translation>Fra en kursmal …</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Contents of the plan</source>
        <translation>Innholdet i planen</translation>
    </message>
    <message>
        <source>Drag items into the plan, or choose one and press Ctrl+Enter.</source>
        <translation>Dra elementer inn i planen, eller velg ett og trykk Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>No plan is open.

Start a new plan, or begin from a course template, then add items from the library on the right.</source>
        <translation>Ingen plan er åpen.

Lag en ny plan, eller begynn med en kursmal, og legg deretter til elementer fra biblioteket til høyre.</translation>
    </message>
    <message>
        <source>Plan tools</source>
        <translation>Planverktøy</translation>
    </message>
    <message>
        <source>Your plans cannot be opened: %1</source>
        <translation>Planene dine kan ikke åpnes: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>A new plan was made; give it a title.</source>
        <translation>En ny plan er laget; gi den en tittel.</translation>
    </message>
    <message>
        <source>Your own copy of the template is open.</source>
        <translation>Din egen kopi av malen er åpen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>The copy is open.</source>
        <translation>Kopien er åpen.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Vil du slette «%1»?</translation>
    </message>
    <message>
        <source>The plan is removed from this computer. Export it first to keep a copy.</source>
        <translation>Planen fjernes fra denne datamaskinen. Eksporter den først hvis du vil beholde en kopi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
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
        <translation>«%1» er lagt til i «%2».</translation>
    </message>
    <message>
        <source>Choose an item in the library first.</source>
        <translation>Velg et element i biblioteket først.</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusjon</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <source>Removed from the plan. Ctrl+Z brings it back.</source>
        <translation>Fjernet fra planen. Ctrl+Z henter det tilbake.</translation>
    </message>
    <message>
        <source>The section heading was removed; its entries stay.</source>
        <translation>Avsnittsoverskriften er fjernet; punktene blir værende.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Ingenting å angre.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Ingenting å gjøre om.</translation>
    </message>
    <message>
        <source>Only a slide deck has slides to choose.</source>
        <translation>Bare en lysbildeserie har lysbilder å velge mellom.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importer en plan</translation>
    </message>
    <message>
        <source>Plan files (%1)</source>
        <translation>Planfiler (%1)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation>«%1» kan ikke importeres.</translation>
    </message>
    <message>
        <source>Nothing was changed. The file has these problems:</source>
        <translation>Ingenting er endret. Filen har disse problemene:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
    <message>
        <source>Some items in “%1” are not in your library.</source>
        <translation>Noen elementer i «%1» finnes ikke i biblioteket ditt.</translation>
    </message>
    <message>
        <source>The plan can be imported with those entries marked as missing; you can replace them later.</source>
        <translation>Planen kan importeres med disse punktene merket som manglende; du kan erstatte dem senere.</translation>
    </message>
    <message>
        <source>Import and mark them</source>
        <translation>Importer og merk dem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«%1» er importert.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Eksporter planen</translation>
    </message>
    <message>
        <source>The plan could not be written to “%1”.</source>
        <translation>Planen kunne ikke skrives til «%1».</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Eksporter plan som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF export was cancelled.</source>
        <translation>PDF-eksporten ble avbrutt.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-filen kunne ikke lages.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret som %1</translation>
    </message>
    <message>
        <source>This plan has nothing to present yet.</source>
        <translation>Planen har ingenting å presentere ennå.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>no target end</source>
        <translation>ingen planlagt sluttid</translation>
    </message>
    <message>
        <source>%1 over the target end %2</source>
        <translation>%1 over planlagt sluttid %2</translation>
    </message>
    <message>
        <source>%1 before the target end %2</source>
        <translation>%1 før planlagt sluttid %2</translation>
    </message>
    <message>
        <source>ends on time (%1)</source>
        <translation>slutter i tide (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay on screen and are saved as soon as it works.</source>
        <translation>Ikke lagret: %1 Endringene dine blir værende på skjermen og lagres så snart det går.</translation>
    </message>
    <message>
        <source>1 entry refers to an item that is not in your library.</source>
        <translation>1 punkt viser til et element som ikke finnes i biblioteket ditt.</translation>
    </message>
    <message>
        <source>%1 entries refer to items that are not in your library.</source>
        <translation>%1 punkter viser til elementer som ikke finnes i biblioteket ditt.</translation>
    </message>
    <message>
        <source>Choose one and Replace… it.</source>
        <translation>Velg ett og bruk Erstatt … på det.</translation>
    </message>
    <message>
        <source>1 item changed in a library update since it was planned.</source>
        <translation>1 element er endret i en bibliotekoppdatering siden det ble planlagt.</translation>
    </message>
    <message>
        <source>%1 items changed in a library update since they were planned.</source>
        <translation>%1 elementer er endret i en bibliotekoppdatering siden de ble planlagt.</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Noe gikk galt; detaljene står i loggen.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Course plans</source>
        <translation>Kursplaner</translation>
    </message>
    <message>
        <source>The plans this group follows, in order:</source>
        <translation>Planene gruppen følger, i rekkefølge:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trinn %1 av %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>A short pause</source>
        <translation>En kort pause</translation>
    </message>
    <message>
        <source>We continue in a moment.</source>
        <translation>Vi fortsetter om litt.</translation>
    </message>
    <message>
        <source>We start again at %1</source>
        <translation>Vi starter igjen kl. %1</translation>
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
        <translation>Ikke bra</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Sånn passe</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Veldig bra</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden er ute</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Satt på pause</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Speaker %1 of %2</source>
        <translation>Taler %1 av %2</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Talking round</source>
        <translation>Samtalerunde</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>Hvordan har du det akkurat nå?</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Hvor kan man få hjelp?</translation>
    </message>
    <message>
        <source>It is good to talk to someone.</source>
        <translation>Det er godt å snakke med noen.</translation>
    </message>
    <message>
        <source>Talk to me after the session</source>
        <translation>Snakk med meg etter økten</translation>
    </message>
    <message>
        <source>In an emergency: call 112</source>
        <translation>Ved akutt fare: ring 113</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>The grounding exercise is not in the library.</source>
        <translation>Jordingsøvelsen finnes ikke i biblioteket.</translation>
    </message>
    <message>
        <source>No local help contacts are set: F11 shows only the national help lines. Add the school&apos;s contacts in Settings.</source>
        <translation>Det er ingen lokale kontakter: F11 viser bare de nasjonale hjelpetelefonene. Skriv inn skolens kontakter under Innstillinger.</translation>
    </message>
    <message>
        <source>To keep your notes on the laptop, set the display to extend (Windows: Win+P, Extend; macOS: Displays, turn off mirroring).</source>
        <translation>Vil du ha notatene dine på den bærbare, så sett skjermen til å utvide (Windows: Win+P, Utvid; macOS: Skjermer, slå av speiling).</translation>
    </message>
    <message>
        <source>The display is mirrored: the participants see what you see, so the console stays hidden (C would show your notes to everyone).</source>
        <translation>Skjermen er speilet: deltakerne ser det samme som deg, så konsollen er skjult (C ville vist notatene dine til alle).</translation>
    </message>
    <message>
        <source>One screen: the slides fill it. C shows or hides your console.</source>
        <translation>Én skjerm: lysbildene fyller den. C viser eller skjuler konsollen din.</translation>
    </message>
    <message>
        <source>Esc closes this note.</source>
        <translation>Esc lukker denne meldingen.</translation>
    </message>
    <message>
        <source>There is no slide %1 here (hidden or not in this run).</source>
        <translation>Her er det ikke noe lysbilde %1 (skjult eller ikke med i denne gjennomgangen).</translation>
    </message>
    <message>
        <source>Leave the presentation? Enter leaves, Esc stays.</source>
        <translation>Avslutte presentasjonen? Enter avslutter, Esc blir.</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>No notes for this slide.</source>
        <translation>Ingen notater til dette lysbildet.</translation>
    </message>
    <message>
        <source>Notes · %1 pt</source>
        <translation>Notater · %1 pt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå til %1</translation>
    </message>
    <message>
        <source>Audience sees the pause screen</source>
        <translation>Publikum ser pauseskjermen</translation>
    </message>
    <message>
        <source>Audience sees black</source>
        <translation>Publikum ser svart skjerm</translation>
    </message>
    <message>
        <source>Audience sees white</source>
        <translation>Publikum ser hvit skjerm</translation>
    </message>
    <message>
        <source>Help slide · F11 returns</source>
        <translation>Hjelpelysbilde · F11 går tilbake</translation>
    </message>
    <message>
        <source>Grounding exercise · G returns</source>
        <translation>Jordingsøvelse · G går tilbake</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Set end time</source>
        <translation>Angi sluttid</translation>
    </message>
    <message>
        <source>%1 left · ends %2</source>
        <translation>%1 igjen · slutter %2</translation>
    </message>
    <message>
        <source>%1 over · ended %2</source>
        <translation>%1 over tiden · sluttet %2</translation>
    </message>
    <message>
        <source>Ahead of plan: time to spare</source>
        <translation>Foran planen: tid til overs</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>Behind plan: the rest needs more time than is left</source>
        <translation>På etterskudd: resten trenger mer tid enn det som er igjen</translation>
    </message>
    <message>
        <source>The end time has passed</source>
        <translation>Sluttiden er passert</translation>
    </message>
    <message>
        <source>No exercises with this deck</source>
        <translation>Ingen øvelser til denne lysbildeserien</translation>
    </message>
    <message>
        <source>Re-timing is for plans: present a plan from the planner.</source>
        <translation>Tidsjustering gjelder planer: presenter en plan fra planleggeren.</translation>
    </message>
    <message>
        <source>This plan has no target end to re-time to.</source>
        <translation>Planen har ingen planlagt sluttid å justere etter.</translation>
    </message>
    <message>
        <source>Nothing comes after this entry.</source>
        <translation>Det kommer ikke mer etter dette punktet.</translation>
    </message>
    <message>
        <source>The rest of the plan already ends on time.</source>
        <translation>Resten av planen slutter allerede i tide.</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Presentasjonskonsoll</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Foredragsnotater</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Alle lysbilder</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <source>Room helpers</source>
        <translation>Gruppeverktøy</translation>
    </message>
    <message>
        <source>Smaller notes (-)</source>
        <translation>Mindre notater (-)</translation>
    </message>
    <message>
        <source>Larger notes (+)</source>
        <translation>Større notater (+)</translation>
    </message>
    <message>
        <source>Click to set the end time</source>
        <translation>Klikk for å angi sluttiden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Hvit</translation>
    </message>
    <message>
        <source>Pause screen</source>
        <translation>Pauseskjerm</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>Laser</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Penn</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Visk ut</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Bytt skjermer</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Text of the item</source>
        <translation>Teksten i elementet</translation>
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
        <translation>Disse filene kunne ikke leses slik de er. Resten av biblioteket er lastet inn. Rett filen som står på hver linje, eller kjør «facilitator check-content» for å få den samme listen.</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Kopier listen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Lekser</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Atferd</translation>
    </message>
    <message>
        <source>Network and friends</source>
        <translation>Nettverk og venner</translation>
    </message>
    <message>
        <source>Well.</source>
        <translation>Triv.</translation>
    </message>
    <message>
        <source>Att.</source>
        <translation>Oppm.</translation>
    </message>
    <message>
        <source>Hw.</source>
        <translation>Leks.</translation>
    </message>
    <message>
        <source>Beh.</source>
        <translation>Atf.</translation>
    </message>
    <message>
        <source>Netw.</source>
        <translation>Nettv.</translation>
    </message>
    <message>
        <source>History of {group}</source>
        <translation>Historikk for {group}</translation>
    </message>
    <message>
        <source>Session {day}</source>
        <translation>Økt {day}</translation>
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
        <translation>Kursholder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Økter</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Gjennomgått</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Gjenstående</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Hva som ble vist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <source>Room events</source>
        <translation>Hendelser underveis</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <source>Groups made</source>
        <translation>Gruppeinndeling</translation>
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
        <translation>Notater</translation>
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
        <translation>Utviklingslogg: {person}</translation>
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
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ingen ennå.</translation>
    </message>
    <message>
        <source>Without a group</source>
        <translation>Uten gruppe</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Øvingsrunder</translation>
    </message>
    <message>
        <source>Exported {day}. Contains sensitive personal data: keep it safe.</source>
        <translation>Eksportert {day}. Inneholder sensitive personopplysninger: oppbevar det trygt.</translation>
    </message>
    <message>
        <source>Everything about {person}</source>
        <translation>Alt om {person}</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Øktlogg</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Notes that name them</source>
        <translation>Notater som nevner personen</translation>
    </message>
    <message>
        <source>Mentor log</source>
        <translation>Mentorlogg</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>ikke markert</translation>
    </message>
    <message>
        <source>%1 groups for %2 people</source>
        <translation>%1 grupper for %2 personer</translation>
    </message>
    <message>
        <source>Talking round</source>
        <translation>Samtalerunde</translation>
    </message>
    <message>
        <source>Exercise timer</source>
        <translation>Tidtaker for øvelsen</translation>
    </message>
    <message>
        <source>Pause screen</source>
        <translation>Pauseskjerm</translation>
    </message>
    <message>
        <source>The group&apos;s engagement</source>
        <translation>Gruppens engasjement</translation>
    </message>
    <message>
        <source>Pace and timing</source>
        <translation>Tempo og timing</translation>
    </message>
    <message>
        <source>Benefit for the participants</source>
        <translation>Utbytte for deltakerne</translation>
    </message>
    <message>
        <source>This looks like a CPR number or fødselsnummer. Do not store it here.</source>
        <translation>Dette ligner et CPR-nummer eller fødselsnummer. Ikke lagre det her.</translation>
    </message>
    <message>
        <source>This looks like a full name. Use a pseudonym, for example initials or a nickname.</source>
        <translation>Dette ligner et fullt navn. Bruk et pseudonym, for eksempel initialer eller et kallenavn.</translation>
    </message>
    <message>
        <source>Not added: it looks like a CPR number or fødselsnummer. Use a pseudonym.</source>
        <translation>Ikke lagt til: det ligner et CPR-nummer eller fødselsnummer. Bruk et pseudonym.</translation>
    </message>
    <message>
        <source>Add it again to keep it anyway.</source>
        <translation>Legg det til igjen for å beholde det likevel.</translation>
    </message>
</context>
<context>
    <name>RecordsPages</name>
    <message>
        <source>The records are encrypted; %1 damaged backups could not be and are still plain: delete them in the backups folder.</source>
        <translation>Registreringene er kryptert; %1 skadde sikkerhetskopier kunne ikke krypteres og er fortsatt ukryptert: slett dem i mappen med sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The records and their backups are now encrypted.</source>
        <translation>Registreringene og sikkerhetskopiene deres er nå kryptert.</translation>
    </message>
    <message>
        <source>The passphrase is changed; %1 damaged backups could not be and still need the old one: delete them in the backups folder.</source>
        <translation>Passordfrasen er byttet; %1 skadde sikkerhetskopier kunne ikke følge med og trenger fortsatt den gamle: slett dem i mappen med sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The records and their backups have a new passphrase.</source>
        <translation>Registreringene og sikkerhetskopiene deres har en ny passordfrase.</translation>
    </message>
    <message>
        <source>Encryption is off; %1 damaged backups could not be decrypted: delete them in the backups folder.</source>
        <translation>Krypteringen er slått av; %1 skadde sikkerhetskopier kunne ikke dekrypteres: slett dem i mappen med sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The records and their backups are no longer encrypted.</source>
        <translation>Registreringene og sikkerhetskopiene deres er ikke lenger kryptert.</translation>
    </message>
    <message>
        <source>End the presentation first: its session log is written to the records while it runs. Then try again.</source>
        <translation>Avslutt presentasjonen først: øktloggen skrives til registreringene mens den pågår. Prøv så igjen.</translation>
    </message>
    <message>
        <source>The records are encrypted with your IT department&apos;s key file: ask them to change it or to turn encryption off.</source>
        <translation>Registreringene er kryptert med nøkkelfilen fra IT-avdelingen din: be dem bytte den eller slå av krypteringen.</translation>
    </message>
    <message>
        <source>This plan has not been presented yet: no times to use.</source>
        <translation>Planen er ikke presentert ennå: det finnes ingen tider å bruke.</translation>
    </message>
    <message>
        <source>The plan now uses the times from past sessions.</source>
        <translation>Planen bruker nå tidene fra tidligere økter.</translation>
    </message>
</context>
<context>
    <name>RecordsStore</name>
    <message>
        <source>What you typed is still on screen.</source>
        <translation>Det du skrev, står fortsatt på skjermen.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space and it saves again.</source>
        <translation>Ikke lagret: disken er full. Frigjør litt plass, så lagres det igjen.</translation>
    </message>
    <message>
        <source>Not saved: Facilitator cannot write to the folder {folder}. Ask your IT department, or choose another data folder.</source>
        <translation>Ikke lagret: Facilitator kan ikke skrive i mappen {folder}. Spør IT-avdelingen, eller velg en annen datamappe.</translation>
    </message>
    <message>
        <source>Not saved: Facilitator is not allowed to read the records file.</source>
        <translation>Ikke lagret: Facilitator har ikke lov til å lese registreringsfilen.</translation>
    </message>
    <message>
        <source>Not saved: another program is using the records. Close it.</source>
        <translation>Ikke lagret: et annet program bruker registreringene. Lukk det.</translation>
    </message>
    <message>
        <source>Not saved: the disk could not be written (disk I/O error).</source>
        <translation>Ikke lagret: kunne ikke skrive til disken (I/O-feil på disken).</translation>
    </message>
    <message>
        <source>The records are encrypted and closed: the passphrase was not given. Start Facilitator again to type it.</source>
        <translation>Registreringene er kryptert og lukket: passordfrasen ble ikke gitt. Start Facilitator på nytt for å skrive den.</translation>
    </message>
    <message>
        <source>The records are encrypted and the key file named by your IT department does not open them. Ask your IT department.</source>
        <translation>Registreringene er kryptert, og nøkkelfilen fra IT-avdelingen din åpner dem ikke. Spør IT-avdelingen din.</translation>
    </message>
    <message>
        <source>The records are being encrypted or decrypted; they open again in a moment. What you typed is still on screen.</source>
        <translation>Registreringene blir kryptert eller dekryptert; de åpnes igjen om et øyeblikk. Det du skrev, står fortsatt på skjermen.</translation>
    </message>
    <message>
        <source>Encryption is not available: SQLCipher is not installed.</source>
        <translation>Kryptering er ikke tilgjengelig: SQLCipher er ikke installert.</translation>
    </message>
    <message>
        <source>The records were written by a newer Facilitator and have not been changed. Update Facilitator to open them.</source>
        <translation>Registreringene er skrevet av en nyere Facilitator og er ikke endret. Oppdater Facilitator for å åpne dem.</translation>
    </message>
    <message>
        <source>The records cannot be read: they may be encrypted records whose key-check file (facilitator-key.json) is missing. Start Facilitator again to type the passphrase.</source>
        <translation>Registreringene kan ikke leses: de er kanskje kryptert, og nøkkelkontrollfilen deres (facilitator-key.json) mangler. Start Facilitator på nytt for å skrive passordfrasen.</translation>
    </message>
    <message>
        <source>The records file cannot be read. Open Backups to restore a copy.</source>
        <translation>Registreringsfilen kan ikke leses. Åpne Sikkerhetskopier for å gjenopprette en kopi.</translation>
    </message>
    <message>
        <source>Not saved: a date must be written as YYYY-MM-DD and marks go 1-5.</source>
        <translation>Ikke lagret: en dato må skrives som ÅÅÅÅ-MM-DD, og vurderinger går fra 1 til 5.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong. Details are in the log.</source>
        <translation>Ikke lagret: noe gikk galt. Detaljene står i loggen.</translation>
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
        <translation>Registreringsfilen kunne ikke leses.</translation>
    </message>
    <message>
        <source>It may have been damaged, for example by a power cut. Facilitator can put back the newest good backup, from {when}. The damaged file is kept aside in {folder}, so nothing is thrown away.</source>
        <translation>Den kan ha blitt skadet, for eksempel av et strømbrudd. Facilitator kan legge tilbake den nyeste gode sikkerhetskopien, fra {when}. Den skadde filen legges til side i {folder}, så ingenting blir kastet.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gjenopprett sikkerhetskopien</translation>
    </message>
    <message>
        <source>It may have been damaged, for example by a power cut, and there is no good backup. Facilitator can start with empty records. The damaged file is kept aside in {folder}, so nothing is thrown away.</source>
        <translation>Den kan ha blitt skadet, for eksempel av et strømbrudd, og det finnes ingen god sikkerhetskopi. Facilitator kan starte med tomme registreringer. Den skadde filen legges til side i {folder}, så ingenting blir kastet.</translation>
    </message>
    <message>
        <source>Start with empty records</source>
        <translation>Start med tomme registreringer</translation>
    </message>
    <message>
        <source>If the records were encrypted, and the small file {name} was not copied with them, type the passphrase: Facilitator then opens them and makes that file again.</source>
        <translation>Hvis registreringene var kryptert, og den lille filen {name} ikke ble kopiert med, skriv passordfrasen: Facilitator åpner dem da og lager filen på nytt.</translation>
    </message>
    <message>
        <source>It is encrypted: type the passphrase…</source>
        <translation>Den er kryptert: skriv passordfrasen…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace an entry</source>
        <translation>Erstatt et punkt</translation>
    </message>
    <message>
        <source>Choose the library item to use instead of “%1”.</source>
        <translation>Velg elementet i biblioteket som skal brukes i stedet for «%1».</translation>
    </message>
    <message>
        <source>Type to find an item</source>
        <translation>Skriv for å finne et element</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>Finn et element</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Elementer i biblioteket</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
</context>
<context>
    <name>RetimeDialog</name>
    <message>
        <source>Re-time the rest</source>
        <translation>Juster tiden for resten</translation>
    </message>
    <message>
        <source>To end at %1, the flexible entries from %2 on get new minutes, in proportion to what was planned. Fixed entries keep theirs.</source>
        <translation>For å slutte kl. %1 får de fleksible punktene fra %2 nye minutter i forhold til det som var planlagt. Faste punkter beholder sine.</translation>
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
        <translation>Da slutter planen kl. %1.</translation>
    </message>
    <message>
        <source>Even so the plan ends at %1: the fixed entries leave too little time.</source>
        <translation>Planen slutter likevel kl. %1: de faste punktene gir for lite tid.</translation>
    </message>
    <message>
        <source>Re-time</source>
        <translation>Juster tiden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RoomCheck</name>
    <message>
        <source>Can the back row read this?</source>
        <translation>Kan bakerste rad lese dette?</translation>
    </message>
    <message>
        <source>Body text, as on most slides (%1 px)</source>
        <translation>Brødtekst som på de fleste lysbilder (%1 px)</translation>
    </message>
    <message>
        <source>Tables, captions and sources (%1 px)</source>
        <translation>Tabeller, bildetekster og kilder (%1 px)</translation>
    </message>
    <message>
        <source>The smallest text a slide shows when it must shrink (%1 px)</source>
        <translation>Den minste teksten et lysbilde viser når teksten må krympes (%1 px)</translation>
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
        <translation>Svak tekst</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>Aksent</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Every grey step should look different. Any key or click closes this.</source>
        <translation>Hvert grått felt skal se ulikt ut. En hvilken som helst tast eller et klikk lukker testen.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skjermer</translation>
    </message>
    <message>
        <source>Legibility on the projector</source>
        <translation>Lesbarhet på projektoren</translation>
    </message>
    <message>
        <source>Clicker keys</source>
        <translation>Klikkerens taster</translation>
    </message>
    <message>
        <source>Slide font</source>
        <translation>Skrifttype på lysbildene</translation>
    </message>
    <message>
        <source>Local help contacts</source>
        <translation>Lokale hjelpekontakter</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Ledig diskplass</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No screen was found.</source>
        <translation>Fant ingen skjerm.</translation>
    </message>
    <message>
        <source>%1 and %2 show the same picture (mirrored): the participants would see the console and your notes. Set the display to extend instead of duplicate.</source>
        <translation>%1 og %2 viser det samme bildet (speilet): deltakerne ville se konsollen og notatene dine. Still inn skjermen til å utvide i stedet for å duplisere.</translation>
    </message>
    <message>
        <source>One screen (%1, %2): the slides fill it and C shows the console. Connect the projector and extend the display to see your notes.</source>
        <translation>Én skjerm (%1, %2): lysbildene fyller den, og C viser konsollen. Koble til projektoren og utvid skjermen for å se notatene dine.</translation>
    </message>
    <message>
        <source>The projector chosen last time (%1) is not connected; %2 (%3) will show the slides.</source>
        <translation>Projektoren fra sist (%1) er ikke koblet til; %2 (%3) viser lysbildene.</translation>
    </message>
    <message>
        <source>%1 screens; the slides go to %2 (%3), the console stays on the other.</source>
        <translation>%1 skjermer; lysbildene vises på %2 (%3), konsollen blir på den andre.</translation>
    </message>
    <message>
        <source>The faintest text of this theme has a contrast of %1:1 (4.5:1 or more is easy to read). Choose the high-contrast theme.</source>
        <translation>Den svakeste teksten i dette temaet har en kontrast på %1:1 (4,5:1 eller mer er lett å lese). Velg temaet med høy kontrast.</translation>
    </message>
    <message>
        <source>The smallest slide text is %1 px high on the projector: hard to read at the back. Use the projector&apos;s full resolution, or keep slides short.</source>
        <translation>Den minste teksten på lysbildene er %1 px høy på projektoren: vanskelig å lese bakerst i rommet. Bruk projektorens fulle oppløsning, eller hold lysbildene korte.</translation>
    </message>
    <message>
        <source>The smallest slide text is %1 px high on the projector; contrast %2:1.</source>
        <translation>Den minste teksten på lysbildene er %1 px høy på projektoren; kontrast %2:1.</translation>
    </message>
    <message>
        <source>Not tested yet: click the key test and press each key of your clicker.</source>
        <translation>Ikke testet ennå: klikk på tastetesten og trykk på hver tast på klikkeren din.</translation>
    </message>
    <message>
        <source>Recognised: %1. Not yet: %2.</source>
        <translation>Gjenkjent: %1. Ikke ennå: %2.</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Gjenkjent: %1.</translation>
    </message>
    <message>
        <source>The slide font Lato is missing or cannot be loaded: slides use a system font and may not fit as planned. Reinstall Facilitator.</source>
        <translation>Skrifttypen Lato mangler eller kan ikke lastes inn: lysbildene bruker en systemskrifttype og passer kanskje ikke som planlagt. Installer Facilitator på nytt.</translation>
    </message>
    <message>
        <source>Lato is there, but %1 is missing: bold or italic text falls back to a system font. Reinstall Facilitator.</source>
        <translation>Lato finnes, men %1 mangler: fet eller kursiv tekst vises med en systemskrifttype. Installer Facilitator på nytt.</translation>
    </message>
    <message>
        <source>Lato (%1 files) is installed for the slides.</source>
        <translation>Lato (%1 filer) er installert for lysbildene.</translation>
    </message>
    <message>
        <source>No local help contacts: the help slide (F11) shows only the national help lines. Fill them in under Settings, Where to get help.</source>
        <translation>Ingen lokale hjelpekontakter: hjelpelysbildet (F11) viser bare de nasjonale hjelpetelefonene. Fyll dem ut under Innstillinger, Hvor kan man få hjelp?</translation>
    </message>
    <message>
        <source>%1 of the local help contacts still look like a blank to fill in ([...], ____). Complete them under Settings, Where to get help.</source>
        <translation>%1 av de lokale hjelpekontaktene ser fortsatt ut som et tomt felt som skal fylles ut ([...], ____). Gjør dem ferdige under Innstillinger, Hvor kan man få hjelp?</translation>
    </message>
    <message>
        <source>1 local help contact filled in.</source>
        <translation>1 lokal hjelpekontakt er fylt ut.</translation>
    </message>
    <message>
        <source>%1 local help contacts filled in.</source>
        <translation>%1 lokale hjelpekontakter er fylt ut.</translation>
    </message>
    <message>
        <source>No records yet; they will be kept in %1.</source>
        <translation>Ingen registreringer ennå; de lagres i %1.</translation>
    </message>
    <message>
        <source>The records can be written (%1).</source>
        <translation>Registreringene kan lagres (%1).</translation>
    </message>
    <message>
        <source>The records are in use by another program (or another Facilitator). Close it and check again.</source>
        <translation>Registreringene brukes av et annet program (eller en annen Facilitator). Lukk det og sjekk igjen.</translation>
    </message>
    <message>
        <source>The records file is damaged. Restore a backup under File, Backups.</source>
        <translation>Filen med registreringene er skadet. Gjenopprett en sikkerhetskopi under Fil, Sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The records file cannot be read: it is damaged, or it is encrypted and facilitator-key.json was not copied with it. Open Facilitator: it offers the passphrase or a backup.</source>
        <translation>Registreringsfilen kan ikke leses: den er skadet, eller den er kryptert og facilitator-key.json ble ikke kopiert med. Åpne Facilitator: den tilbyr passordfrasen eller en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The records were written by a newer Facilitator. Update Facilitator.</source>
        <translation>Registreringene er skrevet av en nyere Facilitator. Oppdater Facilitator.</translation>
    </message>
    <message>
        <source>The disk is full: sessions, notes and plans cannot be saved.</source>
        <translation>Disken er full: økter, notater og planer kan ikke lagres.</translation>
    </message>
    <message>
        <source>The records cannot be written in %1: sessions, notes and plans will not be saved. Choose another data folder or ask your IT department.</source>
        <translation>Registreringene kan ikke lagres i %1: økter, notater og planer blir ikke lagret. Velg en annen datamappe, eller spør IT-avdelingen.</translation>
    </message>
    <message>
        <source>Only %1 free: notes, backups and PDFs may not be saved. Free some space first.</source>
        <translation>Bare %1 ledig: notater, sikkerhetskopier og PDF-er blir kanskje ikke lagret. Frigjør plass først.</translation>
    </message>
    <message>
        <source>%1 free: enough for today, but little for backups and PDFs.</source>
        <translation>%1 ledig: nok for i dag, men lite til sikkerhetskopier og PDF-er.</translation>
    </message>
    <message>
        <source>%1 free on the disk with the records.</source>
        <translation>%1 ledig på disken med registreringene.</translation>
    </message>
    <message>
        <source>The free disk space cannot be read.</source>
        <translation>Den ledige diskplassen kan ikke leses.</translation>
    </message>
</context>
<context>
    <name>RoomCheckDialog</name>
    <message>
        <source>Everything is ready for the class.</source>
        <translation>Alt er klart for undervisningen.</translation>
    </message>
    <message>
        <source>Ready, with something to check (in amber).</source>
        <translation>Klart, men med noe å sjekke (i gult).</translation>
    </message>
    <message>
        <source>Fix the lines in red before the class.</source>
        <translation>Rett opp linjene i rødt før undervisningen.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Room check</source>
        <translation>Romsjekk</translation>
    </message>
    <message>
        <source>Room check before the class</source>
        <translation>Romsjekk før undervisningen</translation>
    </message>
    <message>
        <source>Identify screens</source>
        <translation>Vis skjermenes numre</translation>
    </message>
    <message>
        <source>Each screen shows its number and name</source>
        <translation>Hver skjerm viser nummeret og navnet sitt</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sjekk igjen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The test slide</source>
        <translation>Testlysbildet</translation>
    </message>
    <message>
        <source>Copy the report for IT</source>
        <translation>Kopier rapporten til IT</translation>
    </message>
    <message>
        <source>The room check as JSON, on the clipboard</source>
        <translation>Romsjekken som JSON på utklippstavlen</translation>
    </message>
    <message>
        <source>Hide the test slide</source>
        <translation>Skjul testlysbildet</translation>
    </message>
    <message>
        <source>Test slide on the projector</source>
        <translation>Testlysbilde på projektoren</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>%1 groups (%2). Shown on the screen; Esc hides them.</source>
        <translation>%1 grupper (%2). Vises på skjermen; Esc skjuler dem.</translation>
    </message>
    <message>
        <source>Type some names, or set the number of people.</source>
        <translation>Skriv noen navn, eller angi antall personer.</translation>
    </message>
    <message>
        <source>There are more groups than people.</source>
        <translation>Det er flere grupper enn personer.</translation>
    </message>
    <message>
        <source>A group needs at least one person.</source>
        <translation>En gruppe må ha minst én person.</translation>
    </message>
    <message>
        <source>At most 500 people.</source>
        <translation>Høyst 500 personer.</translation>
    </message>
    <message>
        <source>Between 1 and 500 people.</source>
        <translation>Mellom 1 og 500 personer.</translation>
    </message>
    <message>
        <source>Between 5 seconds and an hour each.</source>
        <translation>Mellom 5 sekunder og en time hver.</translation>
    </message>
    <message>
        <source>Choose either a number of groups or a group size.</source>
        <translation>Velg enten et antall grupper eller en gruppestørrelse.</translation>
    </message>
    <message>
        <source>These numbers cannot be used.</source>
        <translation>Disse tallene kan ikke brukes.</translation>
    </message>
    <message>
        <source>The round is done.</source>
        <translation>Runden er ferdig.</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 svar</translation>
    </message>
    <message>
        <source>Count some answers first.</source>
        <translation>Tell opp noen svar først.</translation>
    </message>
    <message>
        <source>Saved: %1 answers, no names.</source>
        <translation>Lagret: %1 svar, ingen navn.</translation>
    </message>
    <message>
        <source>Speaker %1 of %2</source>
        <translation>Taler %1 av %2</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiden er ute</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>på pause</translation>
    </message>
    <message>
        <source>Where to get help (F11)</source>
        <translation>Hvor kan man få hjelp? (F11)</translation>
    </message>
    <message>
        <source>Show it on the audience screen; again to return</source>
        <translation>Vis det på publikumsskjermen; en gang til for å gå tilbake</translation>
    </message>
    <message>
        <source>Grounding exercise (G)</source>
        <translation>Jordingsøvelse (G)</translation>
    </message>
    <message>
        <source>Begin it at once; again to return</source>
        <translation>Start med en gang; en gang til for å gå tilbake</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Talking round</source>
        <translation>Samtalerunde</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>First names or pseudonyms, one a line (optional)</source>
        <translation>Fornavn eller pseudonymer, ett per linje (valgfritt)</translation>
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
        <translation>Lag grupper</translation>
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
        <translation>Neste taler</translation>
    </message>
    <message>
        <source>Scale 1 to 5</source>
        <translation>Skala 1 til 5</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Vær</translation>
    </message>
    <message>
        <source>Show the scale</source>
        <translation>Vis skalaen</translation>
    </message>
    <message>
        <source>Save the tally</source>
        <translation>Lagre opptellingen</translation>
    </message>
</context>
<context>
    <name>ScreenChooser</name>
    <message>
        <source>Choose the audience screen</source>
        <translation>Velg publikumsskjerm</translation>
    </message>
    <message>
        <source>Which screen do the participants see?</source>
        <translation>Hvilken skjerm ser deltakerne?</translation>
    </message>
    <message>
        <source>Each screen shows its number now. Notes and the console stay on the other.</source>
        <translation>Hver skjerm viser nå nummeret sitt. Notatene og konsollen blir på den andre.</translation>
    </message>
    <message>
        <source>Rehearse (console only)</source>
        <translation>Øv (bare konsoll)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, text, notes and tags</source>
        <translation>Søk i titler, tekst, notater og stikkord</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Søk i biblioteket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Alle lengder</translation>
    </message>
    <message>
        <source>Up to 10 min</source>
        <translation>Opptil 10 min</translation>
    </message>
    <message>
        <source>Up to 20 min</source>
        <translation>Opptil 20 min</translation>
    </message>
    <message>
        <source>Up to 45 min</source>
        <translation>Opptil 45 min</translation>
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
        <translation>Alle trinn</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle språk</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>the records were saved by a newer Facilitator</source>
        <translation>registreringene er lagret av en nyere Facilitator</translation>
    </message>
    <message>
        <source>another program is using the records</source>
        <translation>et annet program bruker registreringene</translation>
    </message>
    <message>
        <source>the records folder cannot be written to</source>
        <translation>det kan ikke skrives i registreringenes mappe</translation>
    </message>
    <message>
        <source>the records file cannot be read</source>
        <translation>registreringsfilen kan ikke leses</translation>
    </message>
    <message>
        <source>the records cannot be opened</source>
        <translation>registreringene kan ikke åpnes</translation>
    </message>
    <message>
        <source>Session log off: {why}. Nothing of this session is recorded.</source>
        <translation>Øktloggen er slått av: {why}. Ingenting fra denne økten registreres.</translation>
    </message>
</context>
<context>
    <name>SessionPack</name>
    <message>
        <source>run sheet</source>
        <translation>kjøreplan</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>lysbilder</translation>
    </message>
    <message>
        <source>notes pages</source>
        <translation>notatsider</translation>
    </message>
    <message>
        <source>participants&apos; handouts</source>
        <translation>deltakerark</translation>
    </message>
    <message>
        <source>exercise cards</source>
        <translation>øvelseskort</translation>
    </message>
    <message>
        <source>the invitation letter</source>
        <translation>invitasjonen</translation>
    </message>
</context>
<context>
    <name>SessionPackDialog</name>
    <message>
        <source>Session pack</source>
        <translation>Øktpakke</translation>
    </message>
    <message>
        <source>Everything for “%1” at once, in the plan&apos;s language: %2.</source>
        <translation>Alt til «%1» på én gang, på planens språk: %2.</translation>
    </message>
    <message>
        <source>A folder with one PDF for each part</source>
        <translation>En mappe med én PDF for hver del</translation>
    </message>
    <message>
        <source>One PDF with everything, to print at once</source>
        <translation>Én PDF med alt, til å skrive ut på én gang</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Velg hvor …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save the session pack as one PDF</source>
        <translation>Lagre øktpakken som én PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the session pack</source>
        <translation>Velg en mappe for øktpakken</translation>
    </message>
</context>
<context>
    <name>SessionRecordView</name>
    <message>
        <source>Session</source>
        <translation>Økt</translation>
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
        <translation>Kursholder</translation>
    </message>
    <message>
        <source>Rehearsal (kept out of the group&apos;s history)</source>
        <translation>Øvingsrunde (holdes utenfor gruppens historikk)</translation>
    </message>
    <message>
        <source>What was shown</source>
        <translation>Hva som ble vist</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Room events</source>
        <translation>Hendelser underveis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hendelse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Number present</source>
        <translation>Antall til stede</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. initials</source>
        <translation>Pseudonym, f.eks. initialer</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>What worked, what would you change?</source>
        <translation>Hva fungerte, og hva ville du endret?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Notes save as you type. Write about the group, not about named people.</source>
        <translation>Notater lagres mens du skriver. Skriv om gruppen, ikke om navngitte personer.</translation>
    </message>
    <message>
        <source>Not saved yet: your text is kept and saved again.</source>
        <translation>Ikke lagret ennå: teksten din beholdes og lagres på nytt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
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
        <translation>%1 av %2 krysset av som til stede</translation>
    </message>
    <message>
        <source>Counted from the ticks. Absent: %1</source>
        <translation>Telt ut fra avkrysningene. Fraværende: %1</translation>
    </message>
    <message>
        <source>Tick who came, or write the number if you took no register.</source>
        <translation>Kryss av dem som kom, eller skriv antallet hvis du ikke har ført fravær.</translation>
    </message>
    <message>
        <source>That pseudonym is already in the group.</source>
        <translation>Det pseudonymet finnes allerede i gruppen.</translation>
    </message>
</context>
<context>
    <name>SessionStartDialog</name>
    <message>
        <source>Record this session</source>
        <translation>Registrer denne økten</translation>
    </message>
    <message>
        <source>Presenting “{title}”. The session log records what is shown, for:</source>
        <translation>Presenterer «{title}». Øktloggen registrerer hva som blir vist, for:</translation>
    </message>
    <message>
        <source>A group or class, e.g. 8.b</source>
        <translation>En gruppe eller klasse, f.eks. 8B</translation>
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
        <translation>Kursholder</translation>
    </message>
    <message>
        <source>Rehearsal: record the times for the plan, not in the group&apos;s history</source>
        <translation>Øvingsrunde: lagre tidene til planen, ikke i gruppens historikk</translation>
    </message>
    <message>
        <source>Start presenting</source>
        <translation>Start presentasjonen</translation>
    </message>
    <message>
        <source>Skip: present without recording</source>
        <translation>Hopp over: presenter uten å registrere</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <translation>Ny gruppe, f.eks. 8B eller Kurs vår</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Legg til gruppe</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <source>Course plans…</source>
        <translation>Kursplaner …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF …</translation>
    </message>
    <message>
        <source>A person&apos;s data…</source>
        <translation>En persons data …</translation>
    </message>
    <message>
        <source>Export or erase everything about one pseudonym, in both logs</source>
        <translation>Eksporter eller slett alt om ett pseudonym i begge logger</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Slett gruppe …</translation>
    </message>
    <message>
        <source>Keep this group&apos;s session records for</source>
        <translation>Ta vare på gruppens øktregistreringer i</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>until deleted</source>
        <translation>til de slettes</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Slett økt …</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Øktlogg</translation>
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
        <translation>Kursholder</translation>
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
        <translation>Minutter per modul</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Innsjekker over tid</translation>
    </message>
    <message>
        <source>Covered and still to come</source>
        <translation>Gjennomgått og gjenstående</translation>
    </message>
    <message>
        <source>Without a group (%1)</source>
        <translation>Uten gruppe (%1)</translation>
    </message>
    <message>
        <source>Rehearsals (%1)</source>
        <translation>Øvingsrunder (%1)</translation>
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
        <translation>Pauser og egne lysbilder</translation>
    </message>
    <message>
        <source>Nothing shown yet. Presenting records it.</source>
        <translation>Ingenting vist ennå. Det registreres når du presenterer.</translation>
    </message>
    <message>
        <source>No check-ins yet. The check-in scale while presenting records them.</source>
        <translation>Ingen innsjekker ennå. De registreres med innsjekkskalaen når du presenterer.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høy</translation>
    </message>
    <message>
        <source>Choose the course plans to see what is to come.</source>
        <translation>Velg kursplanene for å se hva som kommer.</translation>
    </message>
    <message>
        <source>Covered (%1)</source>
        <translation>Gjennomgått (%1)</translation>
    </message>
    <message>
        <source>Still to come (%1)</source>
        <translation>Gjenstående (%1)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slett økt</translation>
    </message>
    <message>
        <source>Delete this session and everything recorded in it?</source>
        <translation>Vil du slette denne økten og alt som er registrert i den?</translation>
    </message>
    <message>
        <source>Notes, attendance and the evaluation go too.</source>
        <translation>Notater, oppmøte og evaluering slettes også.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 backup files could not be cleaned; delete them by hand in the backups folder.</source>
        <translation>%1 sikkerhetskopier kunne ikke renses; slett dem selv i mappen med sikkerhetskopier.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Slett gruppe</translation>
    </message>
    <message>
        <source>Delete “{name}” with all its sessions?</source>
        <translation>Slette «{name}» med alle gruppens økter?</translation>
    </message>
    <message>
        <source>Its participants, sessions, notes, attendance and evaluations are removed from the records and from every backup, and cannot be brought back. Export first if you need a copy.</source>
        <translation>Gruppens deltakere, økter, notater, oppmøte og evalueringer fjernes fra registreringene og fra alle sikkerhetskopier og kan ikke hentes tilbake. Eksporter først hvis du trenger en kopi.</translation>
    </message>
    <message>
        <source>The group was deleted.</source>
        <translation>Gruppen ble slettet.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Bestemt av IT-avdelingen din</translation>
    </message>
    <message>
        <source>0: kept until deleted</source>
        <translation>0: tas vare på til de slettes</translation>
    </message>
    <message>
        <source>To be deleted soon:</source>
        <translation>Slettes snart:</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Oppbevaringsperiode</translation>
    </message>
    <message>
        <source>The retention period has run out for these sessions:</source>
        <translation>Oppbevaringsperioden er ute for disse øktene:</translation>
    </message>
    <message>
        <source>Without a group</source>
        <translation>Uten gruppe</translation>
    </message>
    <message>
        <source>Delete them now</source>
        <translation>Slett dem nå</translation>
    </message>
    <message>
        <source>Keep one more month</source>
        <translation>Behold én måned til</translation>
    </message>
    <message>
        <source>The sessions were deleted.</source>
        <translation>Øktene ble slettet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The records are not encrypted.</source>
        <translation>Registreringene er ikke kryptert.</translation>
    </message>
    <message>
        <source>The records and their backups are encrypted. The passphrase is asked at start.</source>
        <translation>Registreringene og sikkerhetskopiene deres er kryptert. Du blir spurt om passordfrasen ved oppstart.</translation>
    </message>
    <message>
        <source>The records and their backups are encrypted with your IT department&apos;s key file.</source>
        <translation>Registreringene og sikkerhetskopiene deres er kryptert med nøkkelfilen fra IT-avdelingen din.</translation>
    </message>
    <message>
        <source>Encryption is not available: SQLCipher is not installed.</source>
        <translation>Kryptering er ikke tilgjengelig: SQLCipher er ikke installert.</translation>
    </message>
    <message>
        <source>At most 12 lines of up to 200 characters each; not saved yet.</source>
        <translation>Høyst 12 linjer på opptil 200 tegn; ikke lagret ennå.</translation>
    </message>
    <message>
        <source>Could not be saved: %1</source>
        <translation>Kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Part of the settings from your IT department could not be used; the rest apply. Please tell your IT department:</source>
        <translation>En del av innstillingene fra IT-avdelingen din kunne ikke brukes; resten gjelder. Gi beskjed til IT-avdelingen din:</translation>
    </message>
    <message>
        <source>Part of your settings file could not be used; the rest apply:</source>
        <translation>En del av innstillingsfilen din kunne ikke brukes; resten gjelder:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the log file)</source>
        <translation>
            <numerusform>… og %n til (se loggfilen)</numerusform>
            <numerusform>… og %n til (se loggfilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of menus and screens. Changes at once; nothing is lost.</source>
        <translation>Språket i menyer og skjermbilder. Endres med en gang; ingenting går tapt.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the slides on the projector, and of this window.</source>
        <translation>Fargene på lysbildene på projektoren og i dette vinduet.</translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation>Innholdsmapper</translation>
    </message>
    <message>
        <source>Extra folders with modules, for example a shared drive. The bundled library and your own items are always included.</source>
        <translation>Ekstra mapper med moduler, for eksempel en felles disk. Det medfølgende biblioteket og dine egne elementer er alltid med.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Hvor kan man få hjelp?</translation>
    </message>
    <message>
        <source>Local contacts for the help slide (F11 while presenting) and for every slide, note and handout that asks for them ({{ local_contacts }}), one a line, for example &quot;School counsellor: room 12&quot;. No private phone numbers.</source>
        <translation>Lokale kontakter til hjelpelysbildet (F11 under presentasjon) og til alle lysbilder, notater og utdelingsark som ber om dem ({{ local_contacts }}), én per linje, for eksempel «Helsesykepleier: rom 12». Ingen private telefonnumre.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>Sessions and progress logs stay on this computer. Encrypting them protects them if the computer or a backup is lost.</source>
        <translation>Økter og utviklingslogger blir på denne datamaskinen. Kryptering beskytter dem hvis datamaskinen eller en sikkerhetskopi blir borte.</translation>
    </message>
    <message>
        <source>Encrypt the records…</source>
        <translation>Krypter registreringene …</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Bytt passordfrasen …</translation>
    </message>
    <message>
        <source>Turn encryption off…</source>
        <translation>Slå av krypteringen …</translation>
    </message>
    <message>
        <source>Changes are saved at once.</source>
        <translation>Endringer lagres med en gang.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>SettingsProblems</name>
    <message>
        <source>one of da, nb, en</source>
        <translation>en av da, nb, en</translation>
    </message>
    <message>
        <source>one of light, dark, high-contrast</source>
        <translation>en av light, dark, high-contrast</translation>
    </message>
    <message>
        <source>a list of folder paths</source>
        <translation>en liste med mappebaner</translation>
    </message>
    <message>
        <source>a list of feature names</source>
        <translation>en liste med navn på funksjoner</translation>
    </message>
    <message>
        <source>a screen name</source>
        <translation>navnet på en skjerm</translation>
    </message>
    <message>
        <source>8 to 72</source>
        <translation>8 til 72</translation>
    </message>
    <message>
        <source>a list of up to 12 lines, like [&quot;School counsellor: room 12&quot;]</source>
        <translation>en liste med høyst 12 linjer, som [&quot;Skolerådgiver: rom 12&quot;]</translation>
    </message>
    <message>
        <source>a list of publisher keys, like [&quot;facilitator-ed25519 AAAA… Kommunen&quot;]</source>
        <translation>en liste med utgivernøkler, som [&quot;facilitator-ed25519 AAAA… Kommunen&quot;]</translation>
    </message>
    <message>
        <source>a file path</source>
        <translation>en filbane</translation>
    </message>
    <message>
        <source>0 (kept until deleted) to 120 months</source>
        <translation>0 (lagres til de slettes) til 120 måneder</translation>
    </message>
    <message>
        <source>not valid TOML, nothing in this file applies: {error}</source>
        <translation>ikke gyldig TOML, ingenting i denne filen gjelder: {error}</translation>
    </message>
    <message>
        <source>nested too deeply; nothing in this file applies</source>
        <translation>nøstet for dypt; ingenting i denne filen gjelder</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is locked but this file gives it no usable value, so it is not locked</source>
        <translation>&apos;{name}&apos; er låst, men denne filen gir den ingen brukbar verdi, så den er ikke låst</translation>
    </message>
    <message>
        <source>&apos;locked&apos; should be a list like [&quot;{value}&quot;]; read as a list of one name</source>
        <translation>&apos;locked&apos; skal være en liste som [&quot;{value}&quot;]; lest som en liste med ett navn</translation>
    </message>
    <message>
        <source>&apos;locked&apos; must be a list of setting names like [&quot;language&quot;]; nothing locked</source>
        <translation>&apos;locked&apos; må være en liste med navn på innstillinger som [&quot;language&quot;]; ingenting er låst</translation>
    </message>
    <message>
        <source>cannot lock {name}: not a setting; ignored</source>
        <translation>kan ikke låse {name}: ikke en innstilling; ignorert</translation>
    </message>
    <message>
        <source>not valid JSON: {error}; kept as {file}</source>
        <translation>ikke gyldig JSON: {error}; tatt vare på som {file}</translation>
    </message>
    <message>
        <source>nested too deeply; kept as {file}</source>
        <translation>nøstet for dypt; tatt vare på som {file}</translation>
    </message>
    <message>
        <source>must hold names and values in {{ }}; kept as {file}</source>
        <translation>må inneholde navn og verdier i {{ }}; tatt vare på som {file}</translation>
    </message>
    <message>
        <source>could not be read: {error}</source>
        <translation>kunne ikke leses: {error}</translation>
    </message>
    <message>
        <source>larger than {size} KB; not read; kept as {file}</source>
        <translation>større enn {size} KB; ikke lest; tatt vare på som {file}</translation>
    </message>
    <message>
        <source>larger than {size} KB; not read</source>
        <translation>større enn {size} KB; ikke lest</translation>
    </message>
    <message>
        <source>not UTF-8 text; nothing in this file applies; kept as {file}</source>
        <translation>ikke UTF-8-tekst; ingenting i denne filen gjelder; tatt vare på som {file}</translation>
    </message>
    <message>
        <source>not UTF-8 text; nothing in this file applies</source>
        <translation>ikke UTF-8-tekst; ingenting i denne filen gjelder</translation>
    </message>
    <message>
        <source>unknown setting &apos;{key}&apos;</source>
        <translation>ukjent innstilling &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be {hint}; ignored</source>
        <translation>&apos;{key}&apos; må være {hint}; ignorert</translation>
    </message>
    <message>
        <source>content folder {folder} is not read: {reason}</source>
        <translation>innholdsmappen {folder} leses ikke: {reason}</translation>
    </message>
    <message>
        <source>an empty path would read the folder the app was started from</source>
        <translation>en tom bane ville lese mappen appen ble startet fra</translation>
    </message>
    <message>
        <source>not a full path (it would depend on the folder the app was started from)</source>
        <translation>ikke en fullstendig bane (den ville avhenge av mappen appen ble startet fra)</translation>
    </message>
    <message>
        <source>cannot be looked up ({error})</source>
        <translation>kan ikke slås opp ({error})</translation>
    </message>
    <message>
        <source>the home folder itself would read every file of the user</source>
        <translation>selve hjemmemappen ville lese alle brukerens filer</translation>
    </message>
    <message>
        <source>it holds the home folder: the app would read every file on the disk</source>
        <translation>den inneholder hjemmemappen: appen ville lese alle filer på disken</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>den finnes ikke</translation>
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
        <translation>Lysbilder for denne planen</translation>
    </message>
    <message>
        <source>“%1”: untick Use to leave a slide out of this plan; tick Hide to skip it when presenting. The deck itself is not changed.</source>
        <translation>«%1»: fjern krysset ved Bruk for å utelate et lysbilde fra planen; kryss av for Skjul for å hoppe over det under presentasjonen. Selve lysbildeserien endres ikke.</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Lysbilder</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Lysbilde</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Use these slides</source>
        <translation>Bruk disse lysbildene</translation>
    </message>
</context>
<context>
    <name>SourceMarker</name>
    <message>
        <source>Set by your IT department</source>
        <translation>Fastsatt av IT-avdelingen din</translation>
    </message>
    <message>
        <source>Shared folders from your IT department; add your own too</source>
        <translation>Felles mapper fra IT-avdelingen din; du kan også legge til dine egne</translation>
    </message>
    <message>
        <source>Default from your IT department; you may change it</source>
        <translation>Standard fra IT-avdelingen din; du kan endre den</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Break: time is up</source>
        <translation>Pause: tiden er ute</translation>
    </message>
    <message>
        <source>Break · we start again at %1</source>
        <translation>Pause · vi starter igjen kl. %1</translation>
    </message>
    <message>
        <source>The break is paused</source>
        <translation>Pausen er satt på vent</translation>
    </message>
    <message>
        <source>Break: press T to start</source>
        <translation>Pause: trykk T for å starte</translation>
    </message>
    <message>
        <source>Step %1: time is up</source>
        <translation>Trinn %1: tiden er ute</translation>
    </message>
    <message>
        <source>Step %1 is running</source>
        <translation>Trinn %1 pågår</translation>
    </message>
    <message>
        <source>Step %1 is paused</source>
        <translation>Trinn %1 er satt på pause</translation>
    </message>
    <message>
        <source>Step %1: press T to start</source>
        <translation>Trinn %1: trykk T for å starte</translation>
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
        <translation>Tilbakestill</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New plan from a course template</source>
        <translation>Ny plan fra en kursmal</translation>
    </message>
    <message>
        <source>Your plan starts as a copy of the template; the template stays as it is.</source>
        <translation>Planen din starter som en kopi av malen; malen forblir uendret.</translation>
    </message>
    <message>
        <source>Course templates</source>
        <translation>Kursmaler</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>punkter</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Lag plan</translation>
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
        <translation>Ett punkt til</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Først</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deretter</translation>
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
        <translation>Nummerert liste</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Lines to write on</source>
        <translation>Linjer å skrive på</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Bilde…</translation>
    </message>
    <message>
        <source>Insert: %1</source>
        <translation>Sett inn: %1</translation>
    </message>
    <message>
        <source>The text (Markdown)</source>
        <translation>Teksten (Markdown)</translation>
    </message>
    <message>
        <source>The printed pages</source>
        <translation>De utskrevne sidene</translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <source>Turn encryption off</source>
        <translation>Slå av krypteringen</translation>
    </message>
    <message>
        <source>Facilitator will decrypt the records and every backup. After that, anyone who gets hold of the files (a copy, a lost laptop, a backup of this computer) can read every session, note and progress log in them. No passphrase is asked at start any more.</source>
        <translation>Facilitator dekrypterer registreringene og alle sikkerhetskopier. Etter det kan alle som får tak i filene (en kopi, en bærbar som kommer bort, en sikkerhetskopi av denne datamaskinen), lese alle økter, notater og utviklingslogger i dem. Det blir ikke lenger spurt om passordfrase ved oppstart.</translation>
    </message>
    <message>
        <source>The passphrase in use now</source>
        <translation>Passordfrasen som brukes nå</translation>
    </message>
    <message>
        <source>I understand that the records will be readable by anyone with the files.</source>
        <translation>Jeg forstår at registreringene kan leses av alle som har filene.</translation>
    </message>
</context>
</TS>
