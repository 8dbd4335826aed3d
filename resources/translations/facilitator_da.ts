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
        <source>File</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
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
        <source>&amp;Problems in the library…</source>
        <translation>&amp;Problemer i biblioteket …</translation>
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
        <source>Image not available</source>
        <translation>Billedet kan ikke vises</translation>
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
    <name>ItemHeader</name>
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
        <translation>Deltagerark</translation>
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
        <translation>Deltagerark</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
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
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
        <source>Changes are saved at once.</source>
        <translation>Ændringer gemmes med det samme.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
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
</TS>
