<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name>Application</name>
    <message>
        <source>Onverwachte fout</source>
        <extracomment>How long a smoke test lets the window live (processing events) before it returns.</extracomment>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Er ging iets mis in PlanManager. Wat u bewaard hebt, blijft bewaard. Probeer het opnieuw; blijft het misgaan, stuur dan de details naar de helpdesk.</source>
        <translation>Something went wrong in PlanManager. Whatever you saved stays saved. Please try again; if it keeps failing, send the details to the helpdesk.</translation>
    </message>
</context>
<context>
    <name>Claims360Page</name>
    <message>
        <source>&amp;Hersteller</source>
        <translation>&amp;Repairer</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Claims360 is actief op deze database. Kies een hersteller om zijn koppeling met Claims360 in te stellen. Elke 15 minuten haalt PlanManager de nieuwe opdrachten van alle ingestelde herstellers op; met Vernieuwen haalt u ze meteen op voor de gekozen hersteller.</source>
        <translation>Claims360 is active on this database. Choose a repairer to set up its link with Claims360. Every 15 minutes PlanManager fetches the new assignments of every configured repairer; Refresh fetches them at once for the chosen repairer.</translation>
    </message>
    <message>
        <source>Nog niet beschikbaar in deze versie.</source>
        <translation>Not yet available in this version.</translation>
    </message>
    <message>
        <source>— Kies een hersteller —</source>
        <translation>— Choose a repairer —</translation>
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
        <translation>—</translation>
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
        <extracomment>(sort column in SQL, header text); &quot;Merk en model&quot; is two columns and not sortable.</extracomment>
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
        <source>Laden…</source>
        <extracomment>Wait this long after the last key press before searching: one query per word, not per letter. Start widths (pixels) of the columns; the last column stretches.</extracomment>
        <translation>Loading…</translation>
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
        <source>Niet geladen</source>
        <translation>Not loaded</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Files</translation>
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
        <source>Exporteren naar Claims360</source>
        <translation>Export to Claims360</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II (nog niet beschikbaar in deze versie)</source>
        <translation>Send to WinFormEx II (not yet available in this version)</translation>
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
        <source>U werkt met een demodatabase en een lokale Claims360-sandbox.</source>
        <translation>You are working with a demo database and a local Claims360 sandbox.</translation>
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
    <name>PhotoThumbnailModel</name>
    <message>
        <source>Ontvangen van Claims360</source>
        <translation>Received from Claims360</translation>
    </message>
    <message>
        <source>Verstuurd naar Claims360</source>
        <translation>Sent to Claims360</translation>
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
        <source>Er wachten geen opdrachten.</source>
        <translation>No assignments are waiting.</translation>
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
        <source>Dit is de taal waarin PlanManager nu draait.</source>
        <translation>This is the language PlanManager is running in now.</translation>
    </message>
    <message>
        <source>Bewaard. PlanManager gebruikt {language} vanaf de volgende start.</source>
        <translation>Saved. PlanManager will use {language} from the next start.</translation>
    </message>
</context>
<context>
    <name>WinFormExPage</name>
    <message>
        <source>WinFormEx II</source>
        <translation>WinFormEx II</translation>
    </message>
    <message>
        <source>Deze database werkt nog met WinFormEx II van Informex. Opdrachten en bestekken uit uw Informex-postbus komen binnen via de Wachtrij of rechtstreeks in een dossier. Vanuit een dossier kunt u gegevens naar WinFormEx II versturen.</source>
        <translation>This database still works with Informex&apos; WinFormEx II. Assignments and estimates from your Informex mailbox arrive through the Queue or directly in a file. From a file you can send data to WinFormEx II.</translation>
    </message>
</context>
</TS>
