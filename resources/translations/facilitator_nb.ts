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
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
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
        <source>&amp;Problems in the library…</source>
        <translation>&amp;Problemer i biblioteket …</translation>
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
        <source>Image not available</source>
        <translation>Bildet kan ikke vises</translation>
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
    <name>ItemHeader</name>
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
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
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
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle språk</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
        <source>Changes are saved at once.</source>
        <translation>Endringer lagres med en gang.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
</TS>
