<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name>Application</name>
    <message>
        <source>Onverwachte fout</source>
        <extracomment>How long a smoke test lets the window live (processing events) before it returns. How long closing waits for the sync tasks to stop before it gives up on them.</extracomment>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Er ging iets mis in PlanManager. Wat u bewaard hebt, blijft bewaard. Probeer het opnieuw; blijft het misgaan, stuur dan de details naar de helpdesk.</source>
        <translation>Something went wrong in PlanManager. Whatever you saved stays saved. Please try again; if it keeps failing, send the details to the helpdesk.</translation>
    </message>
</context>
<context>
    <name>Claims360AssignmentModel</name>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Compleet</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>Datum Import</source>
        <translation>Import date</translation>
    </message>
    <message>
        <source>Smart Expertise</source>
        <translation>Smart Expertise</translation>
    </message>
    <message>
        <source>In PlanManager</source>
        <translation>In PlanManager</translation>
    </message>
    <message>
        <source>In de wachtrij</source>
        <translation>In the queue</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Geannuleerd in Claims360</source>
        <translation>Cancelled in Claims360</translation>
    </message>
    <message>
        <source>Dubbelklik om dossier {number} te openen</source>
        <translation>Double-click to open dossier {number}</translation>
    </message>
    <message>
        <source>De lijst met opdrachten kon niet geladen worden. Controleer de verbinding met de database en probeer opnieuw.</source>
        <extracomment>A cancelled assignment stays in the list (nothing is deleted), greyed out.</extracomment>
        <translation>The list of assignments could not be loaded. Check the connection to the database and try again.</translation>
    </message>
</context>
<context>
    <name>Claims360Page</name>
    <message>
        <source>&amp;Hersteller</source>
        <translation>&amp;Repairer</translation>
    </message>
    <message>
        <source>Claims360 Instellen…</source>
        <translation>Claims360 settings…</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Kies de hersteller waarvan u de opdrachten wilt binnenhalen en druk op Vernieuwen. Elke 15 minuten gebeurt dat ook automatisch voor alle ingestelde herstellers.</source>
        <translation>Choose the repairer whose assignments you want to fetch and press Refresh. Every 15 minutes this also happens automatically for all configured repairers.</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Laatste synchronisatie</source>
        <translation>Last synchronisation</translation>
    </message>
    <message>
        <source>Volgende synchronisatie</source>
        <translation>Next synchronisation</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>N&amp;ummer</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>Nummer&amp;plaat</source>
        <translation>Licence &amp;plate</translation>
    </message>
    <message>
        <source>&amp;Klant</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>Her&amp;steller</source>
        <translation>Re&amp;pairer</translation>
    </message>
    <message>
        <source>&amp;Compleet</source>
        <translation>C&amp;omplete</translation>
    </message>
    <message>
        <source>Smart E&amp;xpertise</source>
        <translation>Smart E&amp;xpertise</translation>
    </message>
    <message>
        <source>Import &amp;van</source>
        <translation>Imported &amp;from</translation>
    </message>
    <message>
        <source>&amp;tot</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>— Kies een hersteller —</source>
        <extracomment>Start widths: Nummer, Compleet, Werk, Model, Nummerplaat, Klant, Hersteller, Datum Import, Smart Expertise; &quot;In PlanManager&quot; stretches. Status reads on their way (the combo box shows the newest answer). A repairer to choose once the combo box is filled again (:meth:`show_repairer`).</extracomment>
        <translation>— Choose a repairer —</translation>
    </message>
    <message>
        <source>Alle herstellers</source>
        <translation>All repairers</translation>
    </message>
    <message>
        <source>Kies eerst een hersteller.</source>
        <translation>Choose a repairer first.</translation>
    </message>
    <message>
        <source>Deze hersteller is op deze pc niet ingesteld ({status}).</source>
        <translation>This repairer is not configured on this PC ({status}).</translation>
    </message>
    <message>
        <source>De opdrachten van deze hersteller nu ophalen uit Claims360.</source>
        <translation>Fetch this repairer&apos;s assignments from Claims360 now.</translation>
    </message>
    <message>
        <source>Ingesteld. Druk op Vernieuwen om de opdrachten nu op te halen.</source>
        <translation>Configured. Press Refresh to fetch the assignments now.</translation>
    </message>
    <message>
        <source>Verbinden met Claims360…</source>
        <translation>Connecting to Claims360…</translation>
    </message>
    <message>
        <source>{name}: {counts}</source>
        <translation>{name}: {counts}</translation>
    </message>
    <message>
        <source>{name}: {outcome}</source>
        <translation>{name}: {outcome}</translation>
    </message>
    <message>
        <source>Kies een hersteller om zijn synchronisatie te zien.</source>
        <translation>Choose a repairer to see its synchronisation.</translation>
    </message>
    <message>
        <source>Synchronisatie van {name}</source>
        <translation>Synchronisation of {name}</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>niet op deze pc</source>
        <translation>not on this PC</translation>
    </message>
    <message>
        <source>Nog niet ingesteld. Kies Claims360 Instellen… om de koppeling in te stellen.</source>
        <translation>Not configured yet. Choose Claims360 settings… to set up the link.</translation>
    </message>
    <message>
        <source>Deze pc kan deze hersteller niet synchroniseren: de API sleutels staan niet op deze pc. Kies Claims360 Instellen… en geef dezelfde sleutels in om deze pc te koppelen.</source>
        <translation>This PC cannot synchronise this repairer: the API keys are not on this PC. Choose Claims360 settings… and enter the same keys to link this PC.</translation>
    </message>
    <message>
        <source>Bezig met synchroniseren op deze pc…</source>
        <translation>Synchronising on this PC…</translation>
    </message>
    <message>
        <source>{host} synchroniseert deze hersteller op dit moment.</source>
        <translation>{host} is synchronising this repairer right now.</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Aantal opdrachten: {count}</source>
        <translation>Number of assignments: {count}</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>De gegevens konden niet gelezen worden ({error}). Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>The data could not be read ({error}). Check the connection to the database and try again.</translation>
    </message>
</context>
<context>
    <name>Claims360SettingsDialog</name>
    <message>
        <source>Claims360 Instellen</source>
        <translation>Claims360 settings</translation>
    </message>
    <message>
        <source>De configuratie is onvolledig voor de geselecteerde hersteller. Vul de volgende velden in:</source>
        <translation>The configuration is incomplete for the selected repairer. Please fill in the following fields:</translation>
    </message>
    <message>
        <source>&amp;Carrosserie Id</source>
        <translation>&amp;Carrosserie Id</translation>
    </message>
    <message>
        <source>&amp;Bodyshop Api Sleutel</source>
        <translation>&amp;Bodyshop API key</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>De sleutel leesbaar tonen</source>
        <translation>Show the key readably</translation>
    </message>
    <message>
        <source>Plakken</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>De gekopieerde sleutel uit Claims360 plakken</source>
        <translation>Paste the key copied from Claims360</translation>
    </message>
    <message>
        <source>&amp;PlanManager Api Sleutel</source>
        <translation>&amp;PlanManager API key</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Gecontroleerd</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>De Carrosserie Id is het nummer van uw Informex-postbus (vaak het btw-nummer van de onderneming). De twee API sleutels vindt u in Claims360: klik rechtsboven op uw gebruikersnaam, dan op Mijn organisatie en API sleutels. Onbekend of werken ze niet? Neem contact op met Informex via support@informex.be.</source>
        <translation>The Carrosserie Id is the number of your Informex mailbox (often the company&apos;s VAT number). You find the two API keys in Claims360: click your user name at the top right, then My organisation and API keys. Unknown, or they do not work? Contact Informex at support@informex.be.</translation>
    </message>
    <message>
        <source>Na het ingeven van deze gegevens is het niet meer mogelijk om deze aan te passen via de claims360 pagina. Indien er foutieve gegevens werden ingegeven gelieve contact op te nemen met onze helpdesk via support@solera.com</source>
        <translation>Once entered, these details can no longer be changed on the Claims360 page. If wrong details were entered, please contact our helpdesk at support@solera.com</translation>
    </message>
    <message>
        <source>De gegevens worden gecontroleerd bij Claims360…</source>
        <translation>Checking the details with Claims360…</translation>
    </message>
    <message>
        <source>Toch bewaren</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(niet gekend)</source>
        <extracomment>The last verification, kept for &quot;Toch bewaren&quot; (only ever an UNREACHABLE one).</extracomment>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Ja, de sleutels werden bij het bewaren door Claims360 aanvaard.</source>
        <translation>Yes, Claims360 accepted the keys when they were saved.</translation>
    </message>
    <message>
        <source>Nee: Claims360 was niet bereikbaar bij het bewaren.</source>
        <translation>No: Claims360 could not be reached when they were saved.</translation>
    </message>
    <message>
        <source>De Claims360-koppeling van deze hersteller is ingesteld en vergrendeld. De API sleutels staan in de sleutelkluis van deze pc en worden niet getoond.</source>
        <translation>This repairer&apos;s Claims360 link is configured and locked. The API keys are in this PC&apos;s key vault and are not shown.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Deze hersteller is al ingesteld, maar de API sleutels staan niet op deze pc: deze pc kan hem daarom niet synchroniseren. Geef dezelfde twee sleutels opnieuw in om deze pc te koppelen. Dat is geen wijziging van de configuratie.</source>
        <translation>This repairer is already configured, but the API keys are not on this PC, so this PC cannot synchronise it. Enter the same two keys again to link this PC. That is not a change of the configuration.</translation>
    </message>
    <message>
        <source>Deze pc koppelen</source>
        <translation>Link this PC</translation>
    </message>
    <message>
        <source>door {user} op {host}, {when}</source>
        <translation>by {user} on {host}, {when}</translation>
    </message>
    <message>
        <source>Controle afgebroken. Er werd niets bewaard.</source>
        <translation>Check stopped. Nothing was saved.</translation>
    </message>
    <message>
        <source>De sleutels konden dus niet gecontroleerd worden. Probeer later opnieuw, of kies Toch bewaren: na het bewaren kunt u ze niet meer zelf aanpassen.</source>
        <translation>So the keys could not be checked. Try again later, or choose Save anyway: once saved, you can no longer change them yourself.</translation>
    </message>
    <message>
        <source>Bewaren…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>De sleutels worden vergeleken met de bewaarde configuratie…</source>
        <translation>Comparing the keys with the saved configuration…</translation>
    </message>
    <message>
        <source>Bewaren is mislukt ({error}). Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>Saving failed ({error}). Check the connection to the database and try again.</translation>
    </message>
    <message>
        <source>De controle bij Claims360 liep onverwacht mis ({error}). Probeer opnieuw; blijft het misgaan, neem dan contact op met de helpdesk.</source>
        <translation>The check with Claims360 failed unexpectedly ({error}). Try again; if it keeps failing, contact the helpdesk.</translation>
    </message>
</context>
<context>
    <name>DemoKeysDialog</name>
    <message>
        <source>Demosleutels</source>
        <translation>Demo keys</translation>
    </message>
    <message>
        <source>Deze sleutels horen bij de lokale Claims360-sandbox van de demo. Kies op de Claims360-pagina een hersteller die nog niet ingesteld is en vul de sleutels van zijn organisatie in. Dubbelklik op een cel om ze te kopiëren.</source>
        <translation>These keys belong to the demo&apos;s local Claims360 sandbox. On the Claims360 page, choose a repairer that is not set up yet and enter the keys of its organisation. Double-click a cell to copy it.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Carrosserie Id</source>
        <translation>Carrosserie Id</translation>
    </message>
    <message>
        <source>Bodyshop Api Sleutel</source>
        <translation>Bodyshop API key</translation>
    </message>
    <message>
        <source>PlanManager Api Sleutel</source>
        <translation>PlanManager API key</translation>
    </message>
    <message>
        <source>Gekopieerd: %1</source>
        <translation>Copied: %1</translation>
    </message>
</context>
<context>
    <name>DossierClaims360Actions</name>
    <message>
        <source>Gegevens versturen naar Claims360</source>
        <extracomment>Sends whose window closed before they ended: kept here until they do (asyncio itself keeps only a weak reference to a task). The window was closed: a running send finishes without touching it. The running task waits for the user&apos;s answer to a question (nothing sent yet). The button&apos;s meaning before the activation (C360-WFX-1).</extracomment>
        <translation>Send data to Claims360</translation>
    </message>
    <message>
        <source>Dossier synchroniseren met Claims360</source>
        <translation>Synchronise the file with Claims360</translation>
    </message>
    <message>
        <source>Exporteren naar Claims360</source>
        <translation>Export to Claims360</translation>
    </message>
    <message>
        <source>Bewaar het dossier eerst; daarna kunt u het naar Claims360 exporteren.</source>
        <translation>Save the file first; then you can export it to Claims360.</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>Claims360-dossier {number}: gegevens versturen of het dossier synchroniseren</source>
        <translation>Claims360 case {number}: send data or synchronise the file</translation>
    </message>
    <message>
        <source>Exporteren naar Claims360: verstuurt alleen de nummerplaat en de km-stand.</source>
        <translation>Export to Claims360: sends only the licence plate and the odometer reading.</translation>
    </message>
    <message>
        <source>Een vorige export kreeg geen antwoord; opnieuw klikken werkt ze af zonder een tweede dossier aan te maken.</source>
        <translation>An earlier export got no answer; clicking again completes it without creating a second case.</translation>
    </message>
    <message>
        <source>De Claims360-status van dit dossier kon niet gelezen worden.</source>
        <translation>The Claims360 status of this file could not be read.</translation>
    </message>
    <message>
        <source>Bezig met versturen naar Claims360…</source>
        <translation>Sending to Claims360…</translation>
    </message>
    <message>
        <source>Niet geëxporteerd.</source>
        <translation>Not exported.</translation>
    </message>
    <message>
        <source>Geëxporteerd naar Claims360: dossier {number}.</source>
        <translation>Exported to Claims360: case {number}.</translation>
    </message>
    <message>
        <source>Niet verstuurd.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <source>Nummerplaat {plate} en km-stand {km} verstuurd naar Claims360.</source>
        <translation>Licence plate {plate} and odometer reading {km} sent to Claims360.</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Dit is geen Belgische nummerplaat. Toch versturen?</source>
        <translation>This is not a Belgian licence plate. Send anyway?</translation>
    </message>
    <message>
        <source>Nummerplaat: {plate}</source>
        <translation>Licence plate: {plate}</translation>
    </message>
    <message>
        <source>De km-stand is lager dan de laatst gekende km-stand. Toch versturen?</source>
        <translation>The odometer reading is lower than the last one known. Send anyway?</translation>
    </message>
    <message>
        <source>Nu ingevuld: {km} km. Laatst gekend: {last} km.</source>
        <translation>Entered now: {km} km. Last known: {last} km.</translation>
    </message>
    <message>
        <source>Toch versturen</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Niet versturen</source>
        <translation>Do not send</translation>
    </message>
    <message>
        <source>De koppeling met Claims360 stelt u per hersteller in op de Claims360-pagina van het hoofdvenster.</source>
        <translation>The link with Claims360 is set up per repairer on the Claims360 page of the main window.</translation>
    </message>
    <message>
        <source>Claims360 antwoordde niet op tijd. Niets gaat verloren: de export blijft klaarstaan en wordt opnieuw geprobeerd (bij de volgende klik of de volgende start); er wordt nooit een tweede dossier aangemaakt.</source>
        <translation>Claims360 did not answer in time. Nothing is lost: the export stays ready and will be tried again (on the next click or the next start); a second case is never created.</translation>
    </message>
    <message>
        <source>Claims360 antwoordde niet op tijd. Niets gaat verloren: de gegevens blijven klaarstaan en worden bij een nieuwe poging niet dubbel verwerkt.</source>
        <translation>Claims360 did not answer in time. Nothing is lost: the data stays ready and will not be processed twice on a new attempt.</translation>
    </message>
    <message>
        <source>Claims360 weigerde de gegevens.</source>
        <translation>Claims360 refused the data.</translation>
    </message>
    <message>
        <source>Naar de Claims360-pagina</source>
        <translation>Go to the Claims360 page</translation>
    </message>
    <message>
        <source>Er ging onverwacht iets mis bij het versturen naar Claims360. Probeer het opnieuw.</source>
        <translation>Something unexpected went wrong while sending to Claims360. Please try again.</translation>
    </message>
</context>
<context>
    <name>DossierClaims360Tab</name>
    <message>
        <source>Claims360-dossiernummer</source>
        <translation>Claims360 case number</translation>
    </message>
    <message>
        <source>Laatste export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <source>Bestekversie</source>
        <translation>Estimate version</translation>
    </message>
    <message>
        <source>Foto&apos;s verstuurd</source>
        <translation>Photos sent</translation>
    </message>
    <message>
        <source>Foto&apos;s ontvangen</source>
        <translation>Photos received</translation>
    </message>
    <message>
        <source>Met de i-knop bovenaan exporteert u dit dossier naar Claims360 (enkel nummerplaat en km-stand).</source>
        <translation>The i button at the top exports this file to Claims360 (only the licence plate and odometer reading).</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>What the i button last read from the core (None until read).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Dit dossier is geëxporteerd naar Claims360 en er is een bestek aan gekoppeld. Met de i-knop bovenaan verstuurt u de nummerplaat, de km-stand en foto&apos;s opnieuw, of neemt u met “Dossier synchroniseren met Claims360” de huidige versie van het bestek over.</source>
        <translation>This file has been exported to Claims360 and an estimate is linked to it. The i button at the top sends the licence plate, odometer reading and photos again, or takes over the current version of the estimate with “Synchronise the file with Claims360”.</translation>
    </message>
    <message>
        <source>Dit dossier is geëxporteerd naar Claims360. Met de i-knop bovenaan verstuurt u de nummerplaat, de km-stand en foto&apos;s opnieuw. Zodra de expert een bestek opmaakt, kunt u het ook daar overnemen.</source>
        <translation>This file has been exported to Claims360. The i button at the top sends the licence plate, odometer reading and photos again. As soon as the expert draws up an estimate, you can take it over there too.</translation>
    </message>
    <message>
        <source>Export wacht op antwoord van Claims360</source>
        <translation>Export waiting for Claims360 to answer</translation>
    </message>
    <message>
        <source>De export naar Claims360 kreeg geen antwoord en staat nog klaar. Klik opnieuw op de i-knop bovenaan om ze af te werken; er wordt nooit een tweede Claims360-dossier aangemaakt.</source>
        <translation>The export to Claims360 got no answer and is still pending. Click the i button at the top again to complete it; a second Claims360 case is never created.</translation>
    </message>
    <message>
        <source>Nog niet geëxporteerd</source>
        <translation>Not exported yet</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <source>Geef de datum in als dag/maand/jaar, bijvoorbeeld 15/03/2019.</source>
        <translation>Enter the date as day/month/year, for example 15/03/2019.</translation>
    </message>
    <message>
        <source>Geef de km-stand in als een geheel getal, bijvoorbeeld 125000.</source>
        <translation>Enter the odometer reading as a whole number, for example 125000.</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <source>Merk en model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>De dossierlijst kon niet geladen worden. Controleer de verbinding met de database en probeer opnieuw.</source>
        <extracomment>&quot;Merk en model&quot; is two columns in SQL and not sortable.</extracomment>
        <translation>The file list could not be loaded. Check the connection to the database and try again.</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <source>Zoek op dossiernummer, nummerplaat of klant…</source>
        <translation>Search by file number, licence plate or customer…</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New file</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{count} gevonden</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>Aantal dossiers: {count}</source>
        <translation>Number of files: {count}</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <extracomment>Wait this long after the last key press before searching: one query per word, not per letter. Start widths (pixels) of the columns; the last column stretches.</extracomment>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>DossierWinFormExSend</name>
    <message>
        <source>Bewaar het dossier eerst; daarna kunt u het naar WinFormEx II versturen.</source>
        <extracomment>True while the button is WinFormEx&apos;s (before the activation).</extracomment>
        <translation>Save the file first; then you can send it to WinFormEx II.</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II</source>
        <translation>Send to WinFormEx II</translation>
    </message>
    <message>
        <source>Claims360 is geactiveerd: naar WinFormEx II kan niets meer verstuurd worden.</source>
        <translation>Claims360 is activated: nothing can be sent to WinFormEx II any more.</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II: er is geen WinFormEx-exportmap ingesteld. Vraag de helpdesk om ze in te stellen ({key}).</source>
        <translation>Send to WinFormEx II: no WinFormEx export folder is set. Ask the helpdesk to set it ({key}).</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II: schrijft het dossier als bericht in de exportmap.</source>
        <translation>Send to WinFormEx II: writes the file as a message into the export folder.</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II: de instellingen konden niet gelezen worden.</source>
        <translation>Send to WinFormEx II: the settings could not be read.</translation>
    </message>
    <message>
        <source>Bezig met versturen naar WinFormEx II…</source>
        <translation>Sending to WinFormEx II…</translation>
    </message>
    <message>
        <source>Dossier {number} verstuurd naar WinFormEx II.</source>
        <translation>File {number} sent to WinFormEx II.</translation>
    </message>
    <message>
        <source>Dossier {number} is verstuurd naar WinFormEx II (bericht {message}, {moment}).</source>
        <translation>File {number} was sent to WinFormEx II (message {message}, {moment}).</translation>
    </message>
    <message>
        <source>Bestand: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Het dossier kon niet naar WinFormEx II verstuurd worden. Er werd niets verstuurd; probeer het opnieuw.</source>
        <translation>The file could not be sent to WinFormEx II. Nothing was sent; please try again.</translation>
    </message>
</context>
<context>
    <name>DossierWinFormExTab</name>
    <message>
        <source>Verstuurd naar WinFormEx II</source>
        <translation>Sent to WinFormEx II</translation>
    </message>
    <message>
        <source>Zolang Claims360 niet actief is op deze database, werkt dit dossier met WinFormEx II van Informex.</source>
        <translation>As long as Claims360 is not active on this database, this file works with Informex&apos; WinFormEx II.</translation>
    </message>
    <message>
        <source>Nog niet verstuurd</source>
        <translation>Not sent yet</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Hersteller</source>
        <translation>&amp;Repairer</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Verzekeraar</source>
        <translation>&amp;Insurer</translation>
    </message>
    <message>
        <source>&amp;Schadedossiernummer</source>
        <translation>&amp;Claim number</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Voertuig</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>&amp;Nummerplaat</source>
        <translation>&amp;Licence plate</translation>
    </message>
    <message>
        <source>&amp;Chassisnummer (VIN)</source>
        <translation>&amp;Chassis number (VIN)</translation>
    </message>
    <message>
        <source>&amp;Merk</source>
        <translation>&amp;Make</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <source>&amp;Eerste inschrijving</source>
        <translation>&amp;First registration</translation>
    </message>
    <message>
        <source>&amp;Km-stand</source>
        <translation>&amp;Odometer (km)</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Foto&apos;s toevoegen…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Bestek</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Er is nog geen bestek voor dit dossier. Een bestek komt binnen via Informex.</source>
        <translation>There is no estimate for this file yet. Estimates arrive through Informex.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>— Kies een hersteller —</source>
        <translation>— Choose a repairer —</translation>
    </message>
    <message>
        <source>bv. 1-ABC-123</source>
        <translation>e.g. 1-ABC-123</translation>
    </message>
    <message>
        <source>dd/mm/jjjj</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>bv. 125000</source>
        <translation>e.g. 125000</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>name@example.be</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New file</translation>
    </message>
    <message>
        <source>Het dossiernummer wordt toegekend bij het bewaren.</source>
        <translation>The file number is assigned when you save.</translation>
    </message>
    <message>
        <source>Nieuw dossier – PlanManager</source>
        <translation>New file – PlanManager</translation>
    </message>
    <message>
        <source>geen nummerplaat</source>
        <translation>no licence plate</translation>
    </message>
    <message>
        <source>geen klant</source>
        <translation>no customer</translation>
    </message>
    <message>
        <source>Dossier {number} – PlanManager</source>
        <translation>File {number} – PlanManager</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>WinFormEx</source>
        <translation>WinFormEx</translation>
    </message>
    <message>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Wijzigingen bewaren?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Dit dossier heeft wijzigingen die nog niet bewaard zijn. Wilt u ze bewaren?</source>
        <translation>This file has changes that are not saved yet. Do you want to save them?</translation>
    </message>
    <message>
        <source>Bewaar het dossier eerst; daarna kunt u foto&apos;s toevoegen.</source>
        <translation>Save the file first; then you can add photos.</translation>
    </message>
    <message>
        <source>Foto&apos;s in dit dossier: {count}</source>
        <translation>Photos in this file: {count}</translation>
    </message>
    <message>
        <source>Nog geen foto&apos;s in dit dossier.</source>
        <translation>No photos in this file yet.</translation>
    </message>
    <message>
        <source>Foto&apos;s toevoegen</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif);;Alle bestanden (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif);;All files (*)</translation>
    </message>
    <message>
        <source>Foto&apos;s controleren en bewaren…</source>
        <translation>Checking and saving photos…</translation>
    </message>
    <message>
        <source>Toegevoegd: {count}.</source>
        <translation>Added: {count}.</translation>
    </message>
    <message>
        <source>Niet elke foto kon toegevoegd worden. {added}</source>
        <translation>Not every photo could be added. {added}</translation>
    </message>
    <message>
        <source>De foto&apos;s konden niet bewaard worden. Probeer opnieuw.</source>
        <translation>The photos could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>Versie {version} van {date}</source>
        <translation>Version {version} of {date}</translation>
    </message>
    <message>
        <source>meest recente versie</source>
        <translation>latest version</translation>
    </message>
    <message>
        <source>oudere versie</source>
        <translation>earlier version</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Lakwerk</source>
        <translation>Paint</translation>
    </message>
    <message>
        <source>Overige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Totaal excl. btw</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total incl. VAT</translation>
    </message>
</context>
<context>
    <name>EstimateComparisonModel</name>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Wijziging</source>
        <extracomment>Light backgrounds with dark text: readable, and never the only sign of the change.</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Eenheidsprijs</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Vorig bedrag</source>
        <translation>Previous amount</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <extracomment>The LineData field each column shows (None: not a field of the line).</extracomment>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Lakwerk</source>
        <translation>Paint</translation>
    </message>
    <message>
        <source>Overige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Totaal excl. btw</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Huidige versie</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Was: {value}</source>
        <translation>Was: {value}</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Deze regel staat niet meer in de nieuwe versie.</source>
        <translation>This line is no longer in the new version.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>EstimateComparisonView</name>
    <message>
        <source>Nieuwe versie in Claims360</source>
        <translation>New version in Claims360</translation>
    </message>
    <message>
        <source>Huidige versie in dit dossier</source>
        <translation>Current version in this file</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>De lijnen tellen niet op tot de totalen</source>
        <translation>The lines do not add up to the totals</translation>
    </message>
    <message>
        <source>Regels van het bestek</source>
        <translation>Estimate lines</translation>
    </message>
    <message>
        <source>Totalen</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>versie {version} van {date}</source>
        <translation>version {version} of {date}</translation>
    </message>
    <message>
        <source>nog geen bestek in dit dossier</source>
        <translation>no estimate in this file yet</translation>
    </message>
    <message>
        <source>onbekende datum</source>
        <translation>unknown date</translation>
    </message>
    <message>
        <source>bestekversie {version} (versie {remote} in Claims360) van {date}</source>
        <translation>estimate version {version} (version {remote} in Claims360) of {date}</translation>
    </message>
    <message>
        <source>{added} nieuw, {changed} gewijzigd, {removed} verwijderd, {unchanged} ongewijzigd</source>
        <translation>{added} new, {changed} changed, {removed} removed, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>De lijnen tellen niet op tot de totalen: {count} verschil(len)</source>
        <translation>The lines do not add up to the totals: {count} difference(s)</translation>
    </message>
    <message>
        <source>PlanManager verbetert niets: aanvaardt u het bestek, dan wordt het bewaard zoals Claims360 het stuurt. Vraag de expert het bestek na te kijken.</source>
        <translation>PlanManager corrects nothing: if you accept the estimate, it is stored exactly as Claims360 sends it. Ask the expert to check the estimate.</translation>
    </message>
    <message>
        <source>Versie {version} van het bestek is al overgenomen in dit dossier; er is niets meer te aanvaarden.</source>
        <translation>Version {version} of the estimate is already in this file; there is nothing left to accept.</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Dossier synchroniseren met Claims360</source>
        <translation>Synchronise the file with Claims360</translation>
    </message>
    <message>
        <source>Het bestek wordt opgehaald uit Claims360…</source>
        <translation>Fetching the estimate from Claims360…</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>&amp;Aanvaarden</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <extracomment>The comparison itself, the same widget the Wachtrij shows (C360-SYNC-5).</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Het bestek kon niet opgehaald worden.</source>
        <translation>The estimate could not be fetched.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Het bestek wordt bewaard…</source>
        <translation>Saving the estimate…</translation>
    </message>
</context>
<context>
    <name>EstimateLineModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Eenheidsprijs</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>Lakwerk</source>
        <translation>Paint</translation>
    </message>
    <message>
        <source>Overige</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EstimateQueueModel</name>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Datum bestek</source>
        <translation>Estimate date</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In herstelling</source>
        <translation>In repair</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PlanManager Desktop</source>
        <translation>PlanManager Desktop</translation>
    </message>
    <message>
        <source>Demomodus</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New file</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Importeren uit WinFormEx II…</source>
        <translation>&amp;Import from WinFormEx II…</translation>
    </message>
    <message>
        <source>Berichten uit de WinFormEx-importmap importeren (ook na de activatie van Claims360)</source>
        <translation>Import the messages in the WinFormEx import folder (also after Claims360 is activated)</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Over PlanManager Desktop</source>
        <translation>&amp;About PlanManager Desktop</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <extracomment>Position of the WinFormEx / Claims360 tab.</extracomment>
        <translation>Files</translation>
    </message>
    <message>
        <source>Wachtrij</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Herstellers</source>
        <translation>Repairers</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>WinFormEx</source>
        <translation>WinFormEx</translation>
    </message>
    <message>
        <source>Claims360 is nu actief op deze database.</source>
        <translation>Claims360 is now active on this database.</translation>
    </message>
    <message>
        <source>Claims360 is niet meer actief; WinFormEx II is terug.</source>
        <translation>Claims360 is no longer active; WinFormEx II is back.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Activatiestatus onbekend</source>
        <translation>Activation status unknown</translation>
    </message>
    <message>
        <source>Claims360 actief</source>
        <translation>Claims360 active</translation>
    </message>
    <message>
        <source>WinFormEx II actief – Claims360 vanaf {date}</source>
        <translation>WinFormEx II active – Claims360 from {date}</translation>
    </message>
    <message>
        <source>WinFormEx II actief</source>
        <translation>WinFormEx II active</translation>
    </message>
    <message>
        <source>Claims360: synchronisatie mislukt</source>
        <translation>Claims360: synchronisation failed</translation>
    </message>
    <message>
        <source>U werkt met een demodatabase en een lokale Claims360-sandbox.</source>
        <translation>You are working with a demo database and a local Claims360 sandbox.</translation>
    </message>
    <message>
        <source>Voor Claims360 Instellen: de sleutels van de demo-organisaties staan onder Demosleutels.</source>
        <translation>For Claims360 setup: the keys of the demo organisations are under Demo keys.</translation>
    </message>
    <message>
        <source>Demosleutels…</source>
        <translation>Demo keys…</translation>
    </message>
    <message>
        <source>Over PlanManager Desktop</source>
        <translation>About PlanManager Desktop</translation>
    </message>
    <message>
        <source>PlanManager Desktop {version}

Planning van herstellingen voor carrosserieën, gekoppeld aan Informex (WinFormEx II en Claims360).

© InSyPro</source>
        <translation>PlanManager Desktop {version}

Repair planning for body shops, linked to Informex (WinFormEx II and Claims360).

© InSyPro</translation>
    </message>
</context>
<context>
    <name>OutboxResume</name>
    <message>
        <source>Claims360: {done} onderbroken verzending(en) afgewerkt, {failed} nog niet (wordt later opnieuw geprobeerd).</source>
        <extracomment>Let the window paint and the first queries run before touching the network.</extracomment>
        <translation>Claims360: {done} interrupted send(s) completed, {failed} not yet (will be tried again later).</translation>
    </message>
    <message>
        <source>Claims360: {done} onderbroken verzending(en) afgewerkt.</source>
        <translation>Claims360: {done} interrupted send(s) completed.</translation>
    </message>
    <message>
        <source>Claims360: onderbroken verzendingen konden niet afgewerkt worden ({error}).</source>
        <translation>Claims360: interrupted sends could not be completed ({error}).</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Niet geladen</source>
        <translation>Not loaded</translation>
    </message>
</context>
<context>
    <name>PhotoPickerDialog</name>
    <message>
        <source>Foto&apos;s versturen naar Claims360</source>
        <translation>Send photos to Claims360</translation>
    </message>
    <message>
        <source>Duid de foto&apos;s aan die u naar Claims360 wilt versturen. Foto&apos;s die al in Claims360 staan, zijn gemarkeerd en worden niet opnieuw verstuurd.</source>
        <translation>Tick the photos you want to send to Claims360. Photos already in Claims360 are marked and are not sent again.</translation>
    </message>
    <message>
        <source>&amp;Alles selecteren</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Niets selecteren</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <source>&amp;Verkleinen</source>
        <translation>&amp;Make smaller</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>%v van %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>V&amp;ersturen</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Maakt een kleinere kopie (onder 10 MB) van de gekozen foto die te groot is.</source>
        <translation>Makes a smaller copy (under 10 MB) of the chosen photo that is too large.</translation>
    </message>
    <message>
        <source>Verstuurt de gekozen foto waarvan het versturen mislukte opnieuw.</source>
        <translation>Sends the chosen photo that failed again.</translation>
    </message>
    <message>
        <source>Foto&apos;s laden…</source>
        <translation>Loading photos…</translation>
    </message>
    <message>
        <source>Dit dossier heeft nog geen foto&apos;s.</source>
        <translation>This file has no photos yet.</translation>
    </message>
    <message>
        <source>{count} foto&apos;s, waarvan {sent} al in Claims360.</source>
        <translation>{count} photo(s), {sent} of them already in Claims360.</translation>
    </message>
    <message>
        <source>De foto&apos;s konden niet geladen worden: {error}</source>
        <translation>The photos could not be loaded: {error}</translation>
    </message>
    <message>
        <source>{chosen} van {count} aangeduid</source>
        <translation>{chosen} of {count} ticked</translation>
    </message>
    <message>
        <source>Geen foto&apos;s meer om te versturen.</source>
        <translation>No photos left to send.</translation>
    </message>
    <message>
        <source>{count} foto(&apos;s) worden verstuurd</source>
        <translation>{count} photo(s) being sent</translation>
    </message>
    <message>
        <source>Foto&apos;s versturen naar Claims360…</source>
        <translation>Sending photos to Claims360…</translation>
    </message>
    <message>
        <source>{ok} verzonden, {failed} niet gelukt. Kies een foto met een fout om de uitleg te zien en probeer ze opnieuw; een foto wordt nooit twee keer verstuurd.</source>
        <translation>{ok} sent, {failed} failed. Choose a photo with an error to see why and try it again; a photo is never sent twice.</translation>
    </message>
    <message>
        <source>{ok} foto(&apos;s) verzonden naar Claims360.</source>
        <translation>{ok} photo(s) sent to Claims360.</translation>
    </message>
    <message>
        <source>Een kleinere kopie maken…</source>
        <translation>Making a smaller copy…</translation>
    </message>
    <message>
        <source>De verkleinde kopie is toegevoegd en aangeduid; de originele foto blijft bewaard.</source>
        <translation>The smaller copy was added and ticked; the original photo is kept.</translation>
    </message>
    <message>
        <source>De foto kon niet verkleind worden.</source>
        <translation>The photo could not be made smaller.</translation>
    </message>
    <message>
        <source>Het versturen liep onverwacht mis: {error}</source>
        <translation>Sending failed unexpectedly: {error}</translation>
    </message>
</context>
<context>
    <name>PhotoPickerModel</name>
    <message>
        <source>al verzonden {date}</source>
        <translation>already sent {date}</translation>
    </message>
    <message>
        <source>van Claims360</source>
        <translation>from Claims360</translation>
    </message>
    <message>
        <source>te groot ({size}) – verkleinen</source>
        <translation>too large ({size}) – make smaller</translation>
    </message>
    <message>
        <source>wacht…</source>
        <translation>waiting…</translation>
    </message>
    <message>
        <source>wordt verstuurd…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <source>✓ verzonden</source>
        <translation>✓ sent</translation>
    </message>
    <message>
        <source>✗ fout – zie uitleg</source>
        <translation>✗ error – see details</translation>
    </message>
    <message>
        <source>vorige poging onbevestigd</source>
        <translation>previous attempt unconfirmed</translation>
    </message>
    <message>
        <source>Staat al in Claims360; wordt niet opnieuw verstuurd.</source>
        <translation>Already in Claims360; will not be sent again.</translation>
    </message>
    <message>
        <source>Ontvangen van Claims360; wordt niet teruggestuurd.</source>
        <translation>Received from Claims360; will not be sent back.</translation>
    </message>
    <message>
        <source>Claims360 aanvaardt foto&apos;s tot 10 MB. Kies &apos;Verkleinen&apos; om een kleinere kopie te maken.</source>
        <translation>Claims360 accepts photos up to 10 MB. Choose &apos;Make smaller&apos; to make a smaller copy.</translation>
    </message>
</context>
<context>
    <name>PhotoThumbnailModel</name>
    <message>
        <source>Niet op deze pc</source>
        <translation>Not on this PC</translation>
    </message>
    <message>
        <source>Beschadigd</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Geen voorbeeld</source>
        <translation>No preview</translation>
    </message>
    <message>
        <source>Ontvangen van Claims360</source>
        <translation>Received from Claims360</translation>
    </message>
    <message>
        <source>Verstuurd naar Claims360</source>
        <translation>Sent to Claims360</translation>
    </message>
    <message>
        <source>Het bestand van deze foto staat niet op deze pc.</source>
        <translation>This photo&apos;s file is not on this PC.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>Datum Import</source>
        <translation>Import date</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Opdrachten en bestekken die via Informex binnenkomen, wachten hier tot iemand ze aanvaardt of weigert.</source>
        <translation>Assignments and estimates that arrive through Informex wait here until someone accepts or rejects them.</translation>
    </message>
    <message>
        <source>Nieuwe opdrachten worden meteen een dossier (informex_queueing staat uit).</source>
        <translation>New assignments become a dossier at once (informex_queueing is off).</translation>
    </message>
    <message>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Er wachten geen opdrachten.</source>
        <translation>No assignments are waiting.</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <source>Voertuig</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Verzekeraar</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Datum Import</source>
        <translation>Import date</translation>
    </message>
    <message>
        <source>Voorgestelde dossiers (zelfde hersteller en nummerplaat)</source>
        <translation>Proposed dossiers (same repairer and licence plate)</translation>
    </message>
    <message>
        <source>Geen dossier met deze nummerplaat bij deze hersteller.</source>
        <translation>No dossier with this licence plate at this repairer.</translation>
    </message>
    <message>
        <source>Of &amp;dossiernummer</source>
        <translation>Or &amp;dossier number</translation>
    </message>
    <message>
        <source>bv. PM-2024-0012</source>
        <translation>e.g. PM-2024-0012</translation>
    </message>
    <message>
        <source>Aanvaarden als nieuw dossier</source>
        <translation>Accept as new dossier</translation>
    </message>
    <message>
        <source>Koppelen aan dossier</source>
        <translation>Link to dossier</translation>
    </message>
    <message>
        <source>Weigeren…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Bestekken</source>
        <translation>Estimates</translation>
    </message>
    <message>
        <source>Er wachten geen bestekken.</source>
        <extracomment>The estimate pop-up&apos;s own comparison widget (not a copy of it).</extracomment>
        <translation>No estimates are waiting.</translation>
    </message>
    <message>
        <source>Bestek</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Dossier</source>
        <extracomment>What the last decision did, shown once the Wachtrij is read again. (text, role) for the estimate list&apos;s message once it is read again.</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>Het bestek wordt vergeleken met het dossier…</source>
        <translation>Comparing the estimate with the file…</translation>
    </message>
    <message>
        <source>&amp;Aanvaarden</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Weigeren…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Er wachten geen bestekken. Nieuwe bestekversies neemt u over in het dossier zelf, met de i-knop → “Dossier synchroniseren met Claims360” (informex_queueing staat uit).</source>
        <translation>No estimates are waiting. New estimate versions are taken over in the file itself, with the i button → “Synchronise the file with Claims360” (informex_queueing is off).</translation>
    </message>
    <message>
        <source>Opdrachten ({count})</source>
        <translation>Assignments ({count})</translation>
    </message>
    <message>
        <source>Bestekken ({count})</source>
        <translation>Estimates ({count})</translation>
    </message>
    <message>
        <source>Opdracht {number} ({source})</source>
        <translation>Assignment {number} ({source})</translation>
    </message>
    <message>
        <source>Kies een voorgesteld dossier of geef een dossiernummer in.</source>
        <translation>Choose a proposed dossier or enter a dossier number.</translation>
    </message>
    <message>
        <source>Opdracht {number} staat nu in dossier {dossier}.</source>
        <translation>Assignment {number} is now in dossier {dossier}.</translation>
    </message>
    <message>
        <source>Opdracht {number} is geweigerd.</source>
        <translation>Assignment {number} was rejected.</translation>
    </message>
    <message>
        <source>De wachtrij kon niet bijgewerkt worden ({error}). Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>The queue could not be updated ({error}). Check the connection to the database and try again.</translation>
    </message>
    <message>
        <source>Kies hierboven een bestekversie.</source>
        <translation>Choose an estimate version above.</translation>
    </message>
    <message>
        <source>Versie {version} van het bestek voor dossier {number}</source>
        <translation>Version {version} of the estimate for file {number}</translation>
    </message>
    <message>
        <source>geen nummerplaat</source>
        <translation>no licence plate</translation>
    </message>
    <message>
        <source>geen klant</source>
        <translation>no customer</translation>
    </message>
    <message>
        <source>Versie {remote} van het bestek staat nu in dossier {number} als bestekversie {version}; de vorige versies blijven zichtbaar op het tabblad Bestek.</source>
        <translation>Version {remote} of the estimate is now in file {number} as estimate version {version}; the earlier versions stay visible on the Estimate tab.</translation>
    </message>
    <message>
        <source>Versie {remote} van het bestek stond al in dossier {number} (bestekversie {version}).</source>
        <translation>Version {remote} of the estimate was already in file {number} (estimate version {version}).</translation>
    </message>
    <message>
        <source>Versie {remote} van het bestek voor dossier {number} is geweigerd; het dossier houdt zijn huidige bestek.</source>
        <translation>Version {remote} of the estimate for file {number} has been rejected; the file keeps its current estimate.</translation>
    </message>
</context>
<context>
    <name>RejectReasonDialog</name>
    <message>
        <source>Bestek weigeren</source>
        <translation>Reject estimate</translation>
    </message>
    <message>
        <source>Waarom weigert u versie {version} van het bestek voor dossier {number}? De reden wordt bij het bestek bewaard; het dossier houdt zijn huidige bestek.</source>
        <translation>Why do you reject version {version} of the estimate for file {number}? The reason is kept with the estimate; the file keeps its current estimate.</translation>
    </message>
    <message>
        <source>bv. bedragen kloppen niet, hoort bij een ander dossier…</source>
        <translation>e.g. amounts are wrong, belongs to another file…</translation>
    </message>
    <message>
        <source>Opdracht weigeren</source>
        <translation>Reject assignment</translation>
    </message>
    <message>
        <source>Waarom weigert u opdracht {number}? De reden wordt bij de opdracht bewaard.</source>
        <translation>Why do you reject assignment {number}? The reason is kept with the assignment.</translation>
    </message>
    <message>
        <source>bv. geen klant van ons, dubbel ontvangen…</source>
        <translation>e.g. not our customer, received twice…</translation>
    </message>
    <message>
        <source>Weigeren</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Geef een reden op waarom u dit bestek weigert.</source>
        <translation>Give a reason why you reject this estimate.</translation>
    </message>
    <message>
        <source>Geef een reden op waarom u deze opdracht weigert.</source>
        <translation>Give a reason why you reject this assignment.</translation>
    </message>
</context>
<context>
    <name>RepairerDialog</name>
    <message>
        <source>Hersteller</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>E&amp;xterne referentie (Informex-postbus)</source>
        <translation>E&amp;xternal reference (Informex mailbox)</translation>
    </message>
    <message>
        <source>&amp;Btw-nummer</source>
        <translation>&amp;VAT number</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>De externe referentie is het nummer van de Informex-postbus van de hersteller (vaak het btw-nummer). Claims360 neemt het over als Carrosserie Id.</source>
        <translation>The external reference is the number of the repairer&apos;s Informex mailbox (often the VAT number). Claims360 takes it over as the Carrosserie Id.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nieuwe hersteller</source>
        <translation>New repairer</translation>
    </message>
    <message>
        <source>Hersteller bewerken</source>
        <translation>Edit repairer</translation>
    </message>
</context>
<context>
    <name>RepairerTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Externe referentie (Informex-postbus)</source>
        <translation>External reference (Informex mailbox)</translation>
    </message>
    <message>
        <source>Btw-nummer</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>RepairersPage</name>
    <message>
        <source>De herstellers (carrosserieën) in deze database. De externe referentie is het nummer van hun Informex-postbus.</source>
        <translation>The repairers (body shops) in this database. The external reference is the number of their Informex mailbox.</translation>
    </message>
    <message>
        <source>Nieuwe hersteller…</source>
        <translation>New repairer…</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Taal (voor deze gebruiker op deze pc)</source>
        <translation>Language (for this user on this PC)</translation>
    </message>
    <message>
        <source>&amp;Taal van het programma</source>
        <translation>Program &amp;language</translation>
    </message>
    <message>
        <source>Een andere taal wordt gebruikt vanaf de volgende start van PlanManager; herstarten is nu niet nodig.</source>
        <translation>Another language is used from the next start of PlanManager; there is no need to restart now.</translation>
    </message>
    <message>
        <source>Database (gedeeld door alle gebruikers)</source>
        <translation>Database (shared by all users)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>Wachtrij (informex_queueing)</source>
        <translation>Queue (informex_queueing)</translation>
    </message>
    <message>
        <source>Automatische synchronisatie</source>
        <translation>Automatic synchronisation</translation>
    </message>
    <message>
        <source>Foto&apos;s (photos.folder)</source>
        <translation>Photos (photos.folder)</translation>
    </message>
    <message>
        <source>Deze instellingen gelden voor de hele database. Enkel de helpdesk kan ze wijzigen: mail naar support@solera.com.</source>
        <translation>These settings apply to the whole database. Only the helpdesk can change them: mail support@solera.com.</translation>
    </message>
    <message>
        <source>Aan: opdrachten wachten in de Wachtrij tot iemand ze aanvaardt.</source>
        <translation>On: assignments wait in the Queue until someone accepts them.</translation>
    </message>
    <message>
        <source>Uit: opdrachten worden meteen een dossier.</source>
        <translation>Off: assignments become a file at once.</translation>
    </message>
    <message>
        <source>Elke {minutes} minuten</source>
        <translation>Every {minutes} minutes</translation>
    </message>
    <message>
        <source>In de gedeelde map {folder}: elke pc toont ze.</source>
        <translation>In the shared folder {folder}: every PC shows them.</translation>
    </message>
    <message>
        <source>In de eigen map van deze pc, {folder}: andere pc&apos;s tonen ze niet. De helpdesk kan een gedeelde map instellen.</source>
        <translation>In this PC&apos;s own folder, {folder}: other PCs do not show them. The helpdesk can set up a shared folder.</translation>
    </message>
    <message>
        <source>Dit is de taal waarin PlanManager nu draait.</source>
        <translation>This is the language PlanManager is running in now.</translation>
    </message>
    <message>
        <source>Bewaard. PlanManager gebruikt {language} vanaf de volgende start.</source>
        <translation>Saved. PlanManager will use {language} from the next start.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>De synchronisatie met Claims360 liep onverwacht mis ({error}). PlanManager probeert het bij de volgende ronde opnieuw; blijft het misgaan, neem dan contact op met de helpdesk.</source>
        <extracomment>A heartbeat this much later than planned means the PC slept (or the clock jumped ahead). After waking, give the network a moment to come back before syncing. The last result per repairer in this program (a skip is not stored in the database).</extracomment>
        <translation>The synchronisation with Claims360 failed unexpectedly ({error}). PlanManager tries again in the next round; if it keeps failing, contact the helpdesk.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>ingesteld</source>
        <translation>configured</translation>
    </message>
    <message>
        <source>onvolledig</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>sleutels niet op deze pc</source>
        <translation>keys not on this PC</translation>
    </message>
    <message>
        <source>gelukt</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>overgeslagen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>pagina {pages} — {count} opdrachten</source>
        <translation>page {pages} — {count} assignments</translation>
    </message>
    <message>
        <source>{new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd</source>
        <translation>{new} new, {changed} changed, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>1 nieuwe opdracht</source>
        <translation>1 new assignment</translation>
    </message>
    <message>
        <source>{count} nieuwe opdrachten</source>
        <translation>{count} new assignments</translation>
    </message>
    <message>
        <source>Claims360 niet bereikbaar</source>
        <translation>Claims360 unreachable</translation>
    </message>
    <message>
        <source>Claims360 niet bereikbaar — nieuwe poging om {time}</source>
        <translation>Claims360 unreachable — next attempt at {time}</translation>
    </message>
    <message>
        <source>Claims360: geen ingestelde herstellers om te synchroniseren op deze pc</source>
        <translation>Claims360: no configured repairers to synchronise on this PC</translation>
    </message>
    <message>
        <source>Claims360: laatste synchronisatie {time}</source>
        <translation>Claims360: last synchronisation {time}</translation>
    </message>
    <message>
        <source>geen nieuwe opdrachten</source>
        <translation>no new assignments</translation>
    </message>
    <message>
        <source>mislukt voor {names} (zie de Claims360-pagina)</source>
        <translation>failed for {names} (see the Claims360 page)</translation>
    </message>
</context>
<context>
    <name>WinFormExImportDialog</name>
    <message>
        <source>Importeren uit WinFormEx II</source>
        <translation>Import from WinFormEx II</translation>
    </message>
    <message>
        <source>Claims360 is actief: naar WinFormEx II kan niets meer verstuurd worden. Berichten die nog uit WinFormEx II binnenkomen, importeert u hier; ze volgen dezelfde regels als opdrachten uit Claims360 (Wachtrij of rechtstreeks een dossier).</source>
        <translation>Claims360 is active: nothing can be sent to WinFormEx II any more. Messages that still arrive from WinFormEx II are imported here; they follow the same rules as assignments from Claims360 (the queue or straight into a file).</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WinFormExImportPanel</name>
    <message>
        <source>Importeren uit WinFormEx II</source>
        <translation>Import from WinFormEx II</translation>
    </message>
    <message>
        <source>De berichten in de WinFormEx-importmap nu importeren: opdrachten en bestekken gaan naar de Wachtrij of rechtstreeks naar een dossier.</source>
        <translation>Import the messages in the WinFormEx import folder now: assignments and estimates go to the queue or straight into a file.</translation>
    </message>
    <message>
        <source>Bezig met importeren uit WinFormEx II…</source>
        <extracomment>Text colours of a file&apos;s line: refused files stand out, files left for later are a warning.</extracomment>
        <translation>Importing from WinFormEx II…</translation>
    </message>
    <message>
        <source>Er is geen WinFormEx-importmap ingesteld, dus er kon niets geïmporteerd worden. Vraag de helpdesk om de map in te stellen (planmanager-desktop admin settings set {key} PAD) en probeer daarna opnieuw.</source>
        <translation>No WinFormEx import folder is set, so nothing could be imported. Ask the helpdesk to set it (planmanager-desktop admin settings set {key} PATH), then try again.</translation>
    </message>
    <message>
        <source>Verplaatst naar {path}</source>
        <translation>Moved to {path}</translation>
    </message>
    <message>
        <source>De import uit WinFormEx II is mislukt ({error}). Er ging niets verloren: de berichten blijven in de importmap. Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>The import from WinFormEx II failed ({error}). Nothing was lost: the messages stay in the import folder. Check the connection to the database and try again.</translation>
    </message>
</context>
<context>
    <name>WinFormExPage</name>
    <message>
        <source>WinFormEx II</source>
        <translation>WinFormEx II</translation>
    </message>
    <message>
        <source>Deze database werkt nog met WinFormEx II van Informex. Opdrachten en bestekken uit uw Informex-postbus komen als bestanden binnen in de WinFormEx-importmap; met Importeren uit WinFormEx II gaan ze naar de Wachtrij of rechtstreeks naar een dossier. Vanuit een dossier verstuurt u gegevens naar WinFormEx II met de i-knop.</source>
        <translation>This database still works with Informex&apos; WinFormEx II. Assignments and estimates from your Informex mailbox arrive as files in the WinFormEx import folder; Import from WinFormEx II puts them in the queue or straight into a file. From a file, you send data to WinFormEx II with the i button.</translation>
    </message>
    <message>
        <source>Import uit WinFormEx II</source>
        <translation>Import from WinFormEx II</translation>
    </message>
</context>
</TS>
