<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="nl_BE">
<context>
    <name>Application</name>
    <message>
        <source>Onverwachte fout</source>
        <extracomment>How long a smoke test lets the window live (processing events) before it returns. How long closing waits for the sync tasks to stop before it gives up on them.</extracomment>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Er ging iets mis in PlanManager. Wat u bewaard hebt, blijft bewaard. Probeer het opnieuw; blijft het misgaan, stuur dan de details naar de helpdesk.</source>
        <translation>Un problème est survenu dans PlanManager. Ce que vous avez enregistré reste enregistré. Réessayez ; si le problème persiste, envoyez les détails au helpdesk.</translation>
    </message>
</context>
<context>
    <name>Claims360AssignmentModel</name>
    <message>
        <source>Nummer</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Compleet</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Werk</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Réparateur</translation>
    </message>
    <message>
        <source>Datum Import</source>
        <translation>Date d&apos;import</translation>
    </message>
    <message>
        <source>Smart Expertise</source>
        <translation>Smart Expertise</translation>
    </message>
    <message>
        <source>In PlanManager</source>
        <translation>Dans PlanManager</translation>
    </message>
    <message>
        <source>In de wachtrij</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Geannuleerd in Claims360</source>
        <translation>Annulé dans Claims360</translation>
    </message>
    <message>
        <source>Dubbelklik om dossier {number} te openen</source>
        <translation>Double-cliquez pour ouvrir le dossier {number}</translation>
    </message>
    <message>
        <source>De lijst met opdrachten kon niet geladen worden. Controleer de verbinding met de database en probeer opnieuw.</source>
        <extracomment>A cancelled assignment stays in the list (nothing is deleted), greyed out.</extracomment>
        <translation>La liste des missions n&apos;a pas pu être chargée. Vérifiez la connexion à la base de données et réessayez.</translation>
    </message>
</context>
<context>
    <name>Claims360Page</name>
    <message>
        <source>&amp;Hersteller</source>
        <translation>&amp;Réparateur</translation>
    </message>
    <message>
        <source>Claims360 Instellen…</source>
        <translation>Configurer Claims360…</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Kies de hersteller waarvan u de opdrachten wilt binnenhalen en druk op Vernieuwen. Elke 15 minuten gebeurt dat ook automatisch voor alle ingestelde herstellers.</source>
        <translation>Choisissez le réparateur dont vous voulez récupérer les missions et cliquez sur Actualiser. Toutes les 15 minutes, cela se fait aussi automatiquement pour tous les réparateurs configurés.</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Laatste synchronisatie</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Volgende synchronisatie</source>
        <translation>Prochaine synchronisation</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Opdrachten</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>N&amp;ummer</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <source>Nummer&amp;plaat</source>
        <translation>&amp;Plaque</translation>
    </message>
    <message>
        <source>&amp;Klant</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Her&amp;steller</source>
        <translation>Ré&amp;parateur</translation>
    </message>
    <message>
        <source>&amp;Compleet</source>
        <translation>C&amp;omplet</translation>
    </message>
    <message>
        <source>Smart E&amp;xpertise</source>
        <translation>Smart E&amp;xpertise</translation>
    </message>
    <message>
        <source>Import &amp;van</source>
        <translation>Import &amp;du</translation>
    </message>
    <message>
        <source>&amp;tot</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Dossier openen</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>— Kies een hersteller —</source>
        <extracomment>Start widths: Nummer, Compleet, Werk, Model, Nummerplaat, Klant, Hersteller, Datum Import, Smart Expertise; &quot;In PlanManager&quot; stretches. Status reads on their way (the combo box shows the newest answer). A repairer to choose once the combo box is filled again (:meth:`show_repairer`).</extracomment>
        <translation>— Choisissez un réparateur —</translation>
    </message>
    <message>
        <source>Alle herstellers</source>
        <translation>Tous les réparateurs</translation>
    </message>
    <message>
        <source>Kies eerst een hersteller.</source>
        <translation>Choisissez d&apos;abord un réparateur.</translation>
    </message>
    <message>
        <source>Deze hersteller is op deze pc niet ingesteld ({status}).</source>
        <translation>Ce réparateur n&apos;est pas configuré sur ce PC ({status}).</translation>
    </message>
    <message>
        <source>De opdrachten van deze hersteller nu ophalen uit Claims360.</source>
        <translation>Récupérer maintenant les missions de ce réparateur dans Claims360.</translation>
    </message>
    <message>
        <source>Ingesteld. Druk op Vernieuwen om de opdrachten nu op te halen.</source>
        <translation>Configuré. Cliquez sur Actualiser pour récupérer les missions maintenant.</translation>
    </message>
    <message>
        <source>Verbinden met Claims360…</source>
        <translation>Connexion à Claims360…</translation>
    </message>
    <message>
        <source>{name}: {counts}</source>
        <translation>{name} : {counts}</translation>
    </message>
    <message>
        <source>{name}: {outcome}</source>
        <translation>{name} : {outcome}</translation>
    </message>
    <message>
        <source>Kies een hersteller om zijn synchronisatie te zien.</source>
        <translation>Choisissez un réparateur pour voir sa synchronisation.</translation>
    </message>
    <message>
        <source>Synchronisatie van {name}</source>
        <translation>Synchronisation de {name}</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>niet op deze pc</source>
        <translation>pas sur ce PC</translation>
    </message>
    <message>
        <source>Nog niet ingesteld. Kies Claims360 Instellen… om de koppeling in te stellen.</source>
        <translation>Pas encore configuré. Choisissez Configurer Claims360… pour configurer la liaison.</translation>
    </message>
    <message>
        <source>Deze pc kan deze hersteller niet synchroniseren: de API sleutels staan niet op deze pc. Kies Claims360 Instellen… en geef dezelfde sleutels in om deze pc te koppelen.</source>
        <translation>Ce PC ne peut pas synchroniser ce réparateur : les clés API ne se trouvent pas sur ce PC. Choisissez Configurer Claims360… et saisissez les mêmes clés pour lier ce PC.</translation>
    </message>
    <message>
        <source>Bezig met synchroniseren op deze pc…</source>
        <translation>Synchronisation en cours sur ce PC…</translation>
    </message>
    <message>
        <source>{host} synchroniseert deze hersteller op dit moment.</source>
        <translation>{host} synchronise ce réparateur en ce moment.</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Aantal opdrachten: {count}</source>
        <translation>Nombre de missions : {count}</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>De gegevens konden niet gelezen worden ({error}). Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>Les données n&apos;ont pas pu être lues ({error}). Vérifiez la connexion à la base de données et réessayez.</translation>
    </message>
</context>
<context>
    <name>Claims360SettingsDialog</name>
    <message>
        <source>Claims360 Instellen</source>
        <translation>Configurer Claims360</translation>
    </message>
    <message>
        <source>De configuratie is onvolledig voor de geselecteerde hersteller. Vul de volgende velden in:</source>
        <translation>La configuration est incomplète pour le réparateur sélectionné. Veuillez remplir les champs suivants :</translation>
    </message>
    <message>
        <source>&amp;Carrosserie Id</source>
        <translation>Id &amp;Carrosserie</translation>
    </message>
    <message>
        <source>&amp;Bodyshop Api Sleutel</source>
        <translation>Clé API &amp;Bodyshop</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>De sleutel leesbaar tonen</source>
        <translation>Afficher la clé en clair</translation>
    </message>
    <message>
        <source>Plakken</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>De gekopieerde sleutel uit Claims360 plakken</source>
        <translation>Coller la clé copiée depuis Claims360</translation>
    </message>
    <message>
        <source>&amp;PlanManager Api Sleutel</source>
        <translation>Clé API &amp;PlanManager</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bewaard</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Gecontroleerd</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>De Carrosserie Id is het nummer van uw Informex-postbus (vaak het btw-nummer van de onderneming). De twee API sleutels vindt u in Claims360: klik rechtsboven op uw gebruikersnaam, dan op Mijn organisatie en API sleutels. Onbekend of werken ze niet? Neem contact op met Informex via support@informex.be.</source>
        <translation>L&apos;Id Carrosserie est le numéro de votre boîte postale Informex (souvent le numéro de TVA de l&apos;entreprise). Les deux clés API se trouvent dans Claims360 : cliquez en haut à droite sur votre nom d&apos;utilisateur, puis sur Mon organisation et Clés API. Inconnues ou elles ne fonctionnent pas ? Contactez Informex via support@informex.be.</translation>
    </message>
    <message>
        <source>Na het ingeven van deze gegevens is het niet meer mogelijk om deze aan te passen via de claims360 pagina. Indien er foutieve gegevens werden ingegeven gelieve contact op te nemen met onze helpdesk via support@solera.com</source>
        <translation>Après la saisie de ces données, il n&apos;est plus possible de les modifier via la page Claims360. Si des données erronées ont été saisies, veuillez contacter notre helpdesk via support@solera.com</translation>
    </message>
    <message>
        <source>De gegevens worden gecontroleerd bij Claims360…</source>
        <translation>Les données sont vérifiées auprès de Claims360…</translation>
    </message>
    <message>
        <source>Toch bewaren</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>(niet gekend)</source>
        <extracomment>The last verification, kept for &quot;Toch bewaren&quot; (only ever an UNREACHABLE one).</extracomment>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Ja, de sleutels werden bij het bewaren door Claims360 aanvaard.</source>
        <translation>Oui, Claims360 a accepté les clés lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Nee: Claims360 was niet bereikbaar bij het bewaren.</source>
        <translation>Non : Claims360 n&apos;était pas joignable lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>De Claims360-koppeling van deze hersteller is ingesteld en vergrendeld. De API sleutels staan in de sleutelkluis van deze pc en worden niet getoond.</source>
        <translation>La liaison Claims360 de ce réparateur est configurée et verrouillée. Les clés API se trouvent dans le coffre de clés de ce PC et ne sont pas affichées.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Deze hersteller is al ingesteld, maar de API sleutels staan niet op deze pc: deze pc kan hem daarom niet synchroniseren. Geef dezelfde twee sleutels opnieuw in om deze pc te koppelen. Dat is geen wijziging van de configuratie.</source>
        <translation>Ce réparateur est déjà configuré, mais les clés API ne se trouvent pas sur ce PC : ce PC ne peut donc pas le synchroniser. Saisissez à nouveau les deux mêmes clés pour lier ce PC. Ce n&apos;est pas une modification de la configuration.</translation>
    </message>
    <message>
        <source>Deze pc koppelen</source>
        <translation>Lier ce PC</translation>
    </message>
    <message>
        <source>door {user} op {host}, {when}</source>
        <translation>par {user} sur {host}, {when}</translation>
    </message>
    <message>
        <source>Controle afgebroken. Er werd niets bewaard.</source>
        <translation>Vérification interrompue. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>De sleutels konden dus niet gecontroleerd worden. Probeer later opnieuw, of kies Toch bewaren: na het bewaren kunt u ze niet meer zelf aanpassen.</source>
        <translation>Les clés n&apos;ont donc pas pu être vérifiées. Réessayez plus tard, ou choisissez Enregistrer quand même : après l&apos;enregistrement, vous ne pourrez plus les modifier vous-même.</translation>
    </message>
    <message>
        <source>Bewaren…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>De sleutels worden vergeleken met de bewaarde configuratie…</source>
        <translation>Les clés sont comparées à la configuration enregistrée…</translation>
    </message>
    <message>
        <source>Bewaren is mislukt ({error}). Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>L&apos;enregistrement a échoué ({error}). Vérifiez la connexion à la base de données et réessayez.</translation>
    </message>
    <message>
        <source>De controle bij Claims360 liep onverwacht mis ({error}). Probeer opnieuw; blijft het misgaan, neem dan contact op met de helpdesk.</source>
        <translation>La vérification auprès de Claims360 a échoué de façon inattendue ({error}). Réessayez ; si le problème persiste, contactez le helpdesk.</translation>
    </message>
</context>
<context>
    <name>DemoKeysDialog</name>
    <message>
        <source>Demosleutels</source>
        <translation>Clés de démonstration</translation>
    </message>
    <message>
        <source>Deze sleutels horen bij de lokale Claims360-sandbox van de demo. Kies op de Claims360-pagina een hersteller die nog niet ingesteld is en vul de sleutels van zijn organisatie in. Dubbelklik op een cel om ze te kopiëren.</source>
        <translation>Ces clés appartiennent au bac à sable Claims360 local de la démonstration. Sur la page Claims360, choisissez un réparateur pas encore configuré et saisissez les clés de son organisation. Double-cliquez sur une cellule pour la copier.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Carrosserie Id</source>
        <translation>Id Carrosserie</translation>
    </message>
    <message>
        <source>Bodyshop Api Sleutel</source>
        <translation>Clé API Bodyshop</translation>
    </message>
    <message>
        <source>PlanManager Api Sleutel</source>
        <translation>Clé API PlanManager</translation>
    </message>
    <message>
        <source>Gekopieerd: %1</source>
        <translation>Copié : %1</translation>
    </message>
</context>
<context>
    <name>DossierClaims360Actions</name>
    <message>
        <source>Gegevens versturen naar Claims360</source>
        <extracomment>Sends whose window closed before they ended: kept here until they do (asyncio itself keeps only a weak reference to a task). The window was closed: a running send finishes without touching it. The running task waits for the user&apos;s answer to a question (nothing sent yet). The button&apos;s meaning before the activation (C360-WFX-1).</extracomment>
        <translation>Envoyer les données à Claims360</translation>
    </message>
    <message>
        <source>Dossier synchroniseren met Claims360</source>
        <translation>Synchroniser le dossier avec Claims360</translation>
    </message>
    <message>
        <source>Exporteren naar Claims360</source>
        <translation>Exporter vers Claims360</translation>
    </message>
    <message>
        <source>Bewaar het dossier eerst; daarna kunt u het naar Claims360 exporteren.</source>
        <translation>Enregistrez d&apos;abord le dossier ; vous pourrez ensuite l&apos;exporter vers Claims360.</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>Claims360-dossier {number}: gegevens versturen of het dossier synchroniseren</source>
        <translation>Dossier Claims360 {number} : envoyer les données ou synchroniser le dossier</translation>
    </message>
    <message>
        <source>Exporteren naar Claims360: verstuurt alleen de nummerplaat en de km-stand.</source>
        <translation>Exporter vers Claims360 : envoie uniquement la plaque et le kilométrage.</translation>
    </message>
    <message>
        <source>Een vorige export kreeg geen antwoord; opnieuw klikken werkt ze af zonder een tweede dossier aan te maken.</source>
        <translation>Une exportation précédente n&apos;a pas reçu de réponse ; cliquer à nouveau la termine sans créer de second dossier.</translation>
    </message>
    <message>
        <source>De Claims360-status van dit dossier kon niet gelezen worden.</source>
        <translation>Le statut Claims360 de ce dossier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Bezig met versturen naar Claims360…</source>
        <translation>Envoi vers Claims360 en cours…</translation>
    </message>
    <message>
        <source>Niet geëxporteerd.</source>
        <translation>Non exporté.</translation>
    </message>
    <message>
        <source>Geëxporteerd naar Claims360: dossier {number}.</source>
        <translation>Exporté vers Claims360 : dossier {number}.</translation>
    </message>
    <message>
        <source>Niet verstuurd.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>Nummerplaat {plate} en km-stand {km} verstuurd naar Claims360.</source>
        <translation>Plaque {plate} et kilométrage {km} envoyés à Claims360.</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Dit is geen Belgische nummerplaat. Toch versturen?</source>
        <translation>Ce n&apos;est pas une plaque belge. Envoyer quand même ?</translation>
    </message>
    <message>
        <source>Nummerplaat: {plate}</source>
        <translation>Plaque : {plate}</translation>
    </message>
    <message>
        <source>De km-stand is lager dan de laatst gekende km-stand. Toch versturen?</source>
        <translation>Le kilométrage est inférieur au dernier kilométrage connu. Envoyer quand même ?</translation>
    </message>
    <message>
        <source>Nu ingevuld: {km} km. Laatst gekend: {last} km.</source>
        <translation>Saisi maintenant : {km} km. Dernier connu : {last} km.</translation>
    </message>
    <message>
        <source>Toch versturen</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Niet versturen</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>De koppeling met Claims360 stelt u per hersteller in op de Claims360-pagina van het hoofdvenster.</source>
        <translation>La liaison avec Claims360 se configure par réparateur sur la page Claims360 de la fenêtre principale.</translation>
    </message>
    <message>
        <source>Claims360 antwoordde niet op tijd. Niets gaat verloren: de export blijft klaarstaan en wordt opnieuw geprobeerd (bij de volgende klik of de volgende start); er wordt nooit een tweede dossier aangemaakt.</source>
        <translation>Claims360 n&apos;a pas répondu à temps. Rien n&apos;est perdu : l&apos;exportation reste prête et sera réessayée (au prochain clic ou au prochain démarrage) ; aucun second dossier n&apos;est jamais créé.</translation>
    </message>
    <message>
        <source>Claims360 antwoordde niet op tijd. Niets gaat verloren: de gegevens blijven klaarstaan en worden bij een nieuwe poging niet dubbel verwerkt.</source>
        <translation>Claims360 n&apos;a pas répondu à temps. Rien n&apos;est perdu : les données restent prêtes et ne seront pas traitées deux fois lors d&apos;un nouvel essai.</translation>
    </message>
    <message>
        <source>Claims360 weigerde de gegevens.</source>
        <translation>Claims360 a refusé les données.</translation>
    </message>
    <message>
        <source>Naar de Claims360-pagina</source>
        <translation>Aller à la page Claims360</translation>
    </message>
    <message>
        <source>Er ging onverwacht iets mis bij het versturen naar Claims360. Probeer het opnieuw.</source>
        <translation>Un problème inattendu est survenu lors de l&apos;envoi vers Claims360. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>DossierClaims360Tab</name>
    <message>
        <source>Claims360-dossiernummer</source>
        <translation>Numéro de dossier Claims360</translation>
    </message>
    <message>
        <source>Laatste export</source>
        <translation>Dernière exportation</translation>
    </message>
    <message>
        <source>Bestekversie</source>
        <translation>Version du devis</translation>
    </message>
    <message>
        <source>Foto&apos;s verstuurd</source>
        <translation>Photos envoyées</translation>
    </message>
    <message>
        <source>Foto&apos;s ontvangen</source>
        <translation>Photos reçues</translation>
    </message>
    <message>
        <source>Met de i-knop bovenaan exporteert u dit dossier naar Claims360 (enkel nummerplaat en km-stand).</source>
        <translation>Le bouton i en haut exporte ce dossier vers Claims360 (uniquement la plaque et le kilométrage).</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>What the i button last read from the core (None until read).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Dit dossier is geëxporteerd naar Claims360 en er is een bestek aan gekoppeld. Met de i-knop bovenaan verstuurt u de nummerplaat, de km-stand en foto&apos;s opnieuw, of neemt u met “Dossier synchroniseren met Claims360” de huidige versie van het bestek over.</source>
        <translation>Ce dossier a été exporté vers Claims360 et un devis y est lié. Le bouton i en haut renvoie la plaque, le kilométrage et des photos, ou reprend la version actuelle du devis avec « Synchroniser le dossier avec Claims360 ».</translation>
    </message>
    <message>
        <source>Dit dossier is geëxporteerd naar Claims360. Met de i-knop bovenaan verstuurt u de nummerplaat, de km-stand en foto&apos;s opnieuw. Zodra de expert een bestek opmaakt, kunt u het ook daar overnemen.</source>
        <translation>Ce dossier a été exporté vers Claims360. Le bouton i en haut renvoie la plaque, le kilométrage et des photos. Dès que l&apos;expert établit un devis, vous pourrez aussi le reprendre à cet endroit.</translation>
    </message>
    <message>
        <source>Export wacht op antwoord van Claims360</source>
        <translation>Export en attente de la réponse de Claims360</translation>
    </message>
    <message>
        <source>De export naar Claims360 kreeg geen antwoord en staat nog klaar. Klik opnieuw op de i-knop bovenaan om ze af te werken; er wordt nooit een tweede Claims360-dossier aangemaakt.</source>
        <translation>L&apos;export vers Claims360 n&apos;a pas reçu de réponse et reste prêt. Cliquez à nouveau sur le bouton i en haut pour le terminer ; aucun second dossier Claims360 ne sera jamais créé.</translation>
    </message>
    <message>
        <source>Nog niet geëxporteerd</source>
        <translation>Pas encore exporté</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <source>Geef de datum in als dag/maand/jaar, bijvoorbeeld 15/03/2019.</source>
        <translation>Saisissez la date au format jour/mois/année, par exemple 15/03/2019.</translation>
    </message>
    <message>
        <source>Geef de km-stand in als een geheel getal, bijvoorbeeld 125000.</source>
        <translation>Saisissez le kilométrage en nombre entier, par exemple 125000.</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Merk en model</source>
        <translation>Marque et modèle</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Réparateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>De dossierlijst kon niet geladen worden. Controleer de verbinding met de database en probeer opnieuw.</source>
        <extracomment>&quot;Merk en model&quot; is two columns in SQL and not sortable.</extracomment>
        <translation>La liste des dossiers n&apos;a pas pu être chargée. Vérifiez la connexion à la base de données et réessayez.</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <source>Zoek op dossiernummer, nummerplaat of klant…</source>
        <translation>Rechercher par numéro de dossier, plaque ou client…</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>{count} gevonden</source>
        <translation>{count} trouvé(s)</translation>
    </message>
    <message>
        <source>Aantal dossiers: {count}</source>
        <translation>Nombre de dossiers : {count}</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <extracomment>Wait this long after the last key press before searching: one query per word, not per letter. Start widths (pixels) of the columns; the last column stretches.</extracomment>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>DossierWinFormExSend</name>
    <message>
        <source>Bewaar het dossier eerst; daarna kunt u het naar WinFormEx II versturen.</source>
        <extracomment>True while the button is WinFormEx&apos;s (before the activation).</extracomment>
        <translation>Enregistrez d&apos;abord le dossier ; vous pourrez ensuite l&apos;envoyer vers WinFormEx II.</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II</source>
        <translation>Envoyer vers WinFormEx II</translation>
    </message>
    <message>
        <source>Claims360 is geactiveerd: naar WinFormEx II kan niets meer verstuurd worden.</source>
        <translation>Claims360 est activé : plus rien ne peut être envoyé vers WinFormEx II.</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II: er is geen WinFormEx-exportmap ingesteld. Vraag de helpdesk om ze in te stellen ({key}).</source>
        <translation>Envoyer vers WinFormEx II : aucun dossier d&apos;exportation WinFormEx n&apos;est configuré. Demandez au helpdesk de le configurer ({key}).</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II: schrijft het dossier als bericht in de exportmap.</source>
        <translation>Envoyer vers WinFormEx II : écrit le dossier sous forme de message dans le dossier d&apos;exportation.</translation>
    </message>
    <message>
        <source>Versturen naar WinFormEx II: de instellingen konden niet gelezen worden.</source>
        <translation>Envoyer vers WinFormEx II : les paramètres n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Bezig met versturen naar WinFormEx II…</source>
        <translation>Envoi vers WinFormEx II en cours…</translation>
    </message>
    <message>
        <source>Dossier {number} verstuurd naar WinFormEx II.</source>
        <translation>Dossier {number} envoyé vers WinFormEx II.</translation>
    </message>
    <message>
        <source>Dossier {number} is verstuurd naar WinFormEx II (bericht {message}, {moment}).</source>
        <translation>Le dossier {number} a été envoyé vers WinFormEx II (message {message}, {moment}).</translation>
    </message>
    <message>
        <source>Bestand: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>Het dossier kon niet naar WinFormEx II verstuurd worden. Er werd niets verstuurd; probeer het opnieuw.</source>
        <translation>Le dossier n&apos;a pas pu être envoyé vers WinFormEx II. Rien n&apos;a été envoyé ; réessayez.</translation>
    </message>
</context>
<context>
    <name>DossierWinFormExTab</name>
    <message>
        <source>Verstuurd naar WinFormEx II</source>
        <translation>Envoyé à WinFormEx II</translation>
    </message>
    <message>
        <source>Zolang Claims360 niet actief is op deze database, werkt dit dossier met WinFormEx II van Informex.</source>
        <translation>Tant que Claims360 n&apos;est pas actif sur cette base de données, ce dossier fonctionne avec WinFormEx II d&apos;Informex.</translation>
    </message>
    <message>
        <source>Nog niet verstuurd</source>
        <translation>Pas encore envoyé</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Hersteller</source>
        <translation>&amp;Réparateur</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Verzekeraar</source>
        <translation>&amp;Assureur</translation>
    </message>
    <message>
        <source>&amp;Schadedossiernummer</source>
        <translation>Numéro de &amp;sinistre</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Voertuig</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>&amp;Nummerplaat</source>
        <translation>&amp;Plaque</translation>
    </message>
    <message>
        <source>&amp;Chassisnummer (VIN)</source>
        <translation>Numéro de &amp;châssis (VIN)</translation>
    </message>
    <message>
        <source>&amp;Merk</source>
        <translation>&amp;Marque</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odèle</translation>
    </message>
    <message>
        <source>&amp;Eerste inschrijving</source>
        <translation>Première &amp;immatriculation</translation>
    </message>
    <message>
        <source>&amp;Km-stand</source>
        <translation>&amp;Kilométrage</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Foto&apos;s toevoegen…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Bestek</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Er is nog geen bestek voor dit dossier. Een bestek komt binnen via Informex.</source>
        <translation>Il n&apos;y a pas encore de devis pour ce dossier. Un devis arrive via Informex.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>— Kies een hersteller —</source>
        <translation>— Choisissez un réparateur —</translation>
    </message>
    <message>
        <source>bv. 1-ABC-123</source>
        <translation>p. ex. 1-ABC-123</translation>
    </message>
    <message>
        <source>dd/mm/jjjj</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>bv. 125000</source>
        <translation>p. ex. 125000</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Het dossiernummer wordt toegekend bij het bewaren.</source>
        <translation>Le numéro de dossier est attribué à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Nieuw dossier – PlanManager</source>
        <translation>Nouveau dossier – PlanManager</translation>
    </message>
    <message>
        <source>geen nummerplaat</source>
        <translation>pas de plaque</translation>
    </message>
    <message>
        <source>geen klant</source>
        <translation>pas de client</translation>
    </message>
    <message>
        <source>Dossier {number} – PlanManager</source>
        <translation>Dossier {number} – PlanManager</translation>
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
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Wijzigingen bewaren?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>Dit dossier heeft wijzigingen die nog niet bewaard zijn. Wilt u ze bewaren?</source>
        <translation>Ce dossier contient des modifications qui ne sont pas encore enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Bewaar het dossier eerst; daarna kunt u foto&apos;s toevoegen.</source>
        <translation>Enregistrez d&apos;abord le dossier ; vous pourrez ensuite ajouter des photos.</translation>
    </message>
    <message>
        <source>Foto&apos;s in dit dossier: {count}</source>
        <translation>Photos dans ce dossier : {count}</translation>
    </message>
    <message>
        <source>Nog geen foto&apos;s in dit dossier.</source>
        <translation>Pas encore de photos dans ce dossier.</translation>
    </message>
    <message>
        <source>Foto&apos;s toevoegen</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif);;Alle bestanden (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Foto&apos;s controleren en bewaren…</source>
        <translation>Vérification et enregistrement des photos…</translation>
    </message>
    <message>
        <source>Toegevoegd: {count}.</source>
        <translation>Ajoutées : {count}.</translation>
    </message>
    <message>
        <source>Niet elke foto kon toegevoegd worden. {added}</source>
        <translation>Toutes les photos n&apos;ont pas pu être ajoutées. {added}</translation>
    </message>
    <message>
        <source>De foto&apos;s konden niet bewaard worden. Probeer opnieuw.</source>
        <translation>Les photos n&apos;ont pas pu être enregistrées. Réessayez.</translation>
    </message>
    <message>
        <source>Versie {version} van {date}</source>
        <translation>Version {version} du {date}</translation>
    </message>
    <message>
        <source>meest recente versie</source>
        <translation>version la plus récente</translation>
    </message>
    <message>
        <source>oudere versie</source>
        <translation>version antérieure</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Lakwerk</source>
        <translation>Peinture</translation>
    </message>
    <message>
        <source>Overige</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Totaal excl. btw</source>
        <translation>Total hors TVA</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total TVA comprise</translation>
    </message>
</context>
<context>
    <name>EstimateComparisonModel</name>
    <message>
        <source>nieuw</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Wijziging</source>
        <extracomment>Light backgrounds with dark text: readable, and never the only sign of the change.</extracomment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>N°</translation>
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
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Eenheidsprijs</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Vorig bedrag</source>
        <translation>Montant précédent</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <extracomment>The LineData field each column shows (None: not a field of the line).</extracomment>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Lakwerk</source>
        <translation>Peinture</translation>
    </message>
    <message>
        <source>Overige</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Totaal excl. btw</source>
        <translation>Total hors TVA</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total TVA comprise</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Huidige versie</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Was: {value}</source>
        <translation>Avant : {value}</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Deze regel staat niet meer in de nieuwe versie.</source>
        <translation>Cette ligne ne figure plus dans la nouvelle version.</translation>
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
        <translation>Nouvelle version dans Claims360</translation>
    </message>
    <message>
        <source>Huidige versie in dit dossier</source>
        <translation>Version actuelle dans ce dossier</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>De lijnen tellen niet op tot de totalen</source>
        <translation>Les lignes ne correspondent pas aux totaux</translation>
    </message>
    <message>
        <source>Regels van het bestek</source>
        <translation>Lignes du devis</translation>
    </message>
    <message>
        <source>Totalen</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>versie {version} van {date}</source>
        <translation>version {version} du {date}</translation>
    </message>
    <message>
        <source>nog geen bestek in dit dossier</source>
        <translation>pas encore de devis dans ce dossier</translation>
    </message>
    <message>
        <source>onbekende datum</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>bestekversie {version} (versie {remote} in Claims360) van {date}</source>
        <translation>version de devis {version} (version {remote} dans Claims360) du {date}</translation>
    </message>
    <message>
        <source>{added} nieuw, {changed} gewijzigd, {removed} verwijderd, {unchanged} ongewijzigd</source>
        <translation>{added} nouvelle(s), {changed} modifiée(s), {removed} supprimée(s), {unchanged} inchangée(s)</translation>
    </message>
    <message>
        <source>De lijnen tellen niet op tot de totalen: {count} verschil(len)</source>
        <translation>Les lignes ne correspondent pas aux totaux : {count} différence(s)</translation>
    </message>
    <message>
        <source>PlanManager verbetert niets: aanvaardt u het bestek, dan wordt het bewaard zoals Claims360 het stuurt. Vraag de expert het bestek na te kijken.</source>
        <translation>PlanManager ne corrige rien : si vous acceptez le devis, il est enregistré tel que Claims360 l&apos;envoie. Demandez à l&apos;expert de vérifier le devis.</translation>
    </message>
    <message>
        <source>Versie {version} van het bestek is al overgenomen in dit dossier; er is niets meer te aanvaarden.</source>
        <translation>La version {version} du devis a déjà été reprise dans ce dossier ; il n&apos;y a plus rien à accepter.</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Dossier synchroniseren met Claims360</source>
        <translation>Synchroniser le dossier avec Claims360</translation>
    </message>
    <message>
        <source>Het bestek wordt opgehaald uit Claims360…</source>
        <translation>Récupération du devis depuis Claims360…</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&amp;Aanvaarden</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <extracomment>The comparison itself, the same widget the Wachtrij shows (C360-SYNC-5).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Het bestek kon niet opgehaald worden.</source>
        <translation>Le devis n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Het bestek wordt bewaard…</source>
        <translation>Enregistrement du devis…</translation>
    </message>
</context>
<context>
    <name>EstimateLineModel</name>
    <message>
        <source>Nr.</source>
        <translation>N°</translation>
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
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Eenheidsprijs</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Arbeid</source>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Lakwerk</source>
        <translation>Peinture</translation>
    </message>
    <message>
        <source>Overige</source>
        <translation>Divers</translation>
    </message>
</context>
<context>
    <name>EstimateQueueModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Datum bestek</source>
        <translation>Date du devis</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total TVA comprise</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Réparateur</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In herstelling</source>
        <translation>En réparation</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Non</translation>
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
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Importeren uit WinFormEx II…</source>
        <translation>&amp;Importer depuis WinFormEx II…</translation>
    </message>
    <message>
        <source>Berichten uit de WinFormEx-importmap importeren (ook na de activatie van Claims360)</source>
        <translation>Importer les messages du dossier d&apos;importation WinFormEx (aussi après l&apos;activation de Claims360)</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Over PlanManager Desktop</source>
        <translation>À &amp;propos de PlanManager Desktop</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <extracomment>Position of the WinFormEx / Claims360 tab.</extracomment>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Wachtrij</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Herstellers</source>
        <translation>Réparateurs</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Paramètres</translation>
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
        <translation>Claims360 est maintenant actif sur cette base de données.</translation>
    </message>
    <message>
        <source>Claims360 is niet meer actief; WinFormEx II is terug.</source>
        <translation>Claims360 n&apos;est plus actif ; WinFormEx II est de retour.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Base de données : {url}</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Activatiestatus onbekend</source>
        <translation>Statut d&apos;activation inconnu</translation>
    </message>
    <message>
        <source>Claims360 actief</source>
        <translation>Claims360 actif</translation>
    </message>
    <message>
        <source>WinFormEx II actief – Claims360 vanaf {date}</source>
        <translation>WinFormEx II actif – Claims360 à partir du {date}</translation>
    </message>
    <message>
        <source>WinFormEx II actief</source>
        <translation>WinFormEx II actif</translation>
    </message>
    <message>
        <source>Claims360: synchronisatie mislukt</source>
        <translation>Claims360 : échec de la synchronisation</translation>
    </message>
    <message>
        <source>U werkt met een demodatabase en een lokale Claims360-sandbox.</source>
        <translation>Vous travaillez avec une base de démonstration et un bac à sable Claims360 local.</translation>
    </message>
    <message>
        <source>Voor Claims360 Instellen: de sleutels van de demo-organisaties staan onder Demosleutels.</source>
        <translation>Pour configurer Claims360 : les clés des organisations de démonstration se trouvent sous Clés de démonstration.</translation>
    </message>
    <message>
        <source>Demosleutels…</source>
        <translation>Clés de démonstration…</translation>
    </message>
    <message>
        <source>Over PlanManager Desktop</source>
        <translation>À propos de PlanManager Desktop</translation>
    </message>
    <message>
        <source>PlanManager Desktop {version}

Planning van herstellingen voor carrosserieën, gekoppeld aan Informex (WinFormEx II en Claims360).

© InSyPro</source>
        <translation>PlanManager Desktop {version}

Planification des réparations pour carrosseries, reliée à Informex (WinFormEx II et Claims360).

© InSyPro</translation>
    </message>
</context>
<context>
    <name>OutboxResume</name>
    <message>
        <source>Claims360: {done} onderbroken verzending(en) afgewerkt, {failed} nog niet (wordt later opnieuw geprobeerd).</source>
        <extracomment>Let the window paint and the first queries run before touching the network.</extracomment>
        <translation>Claims360 : {done} envoi(s) interrompu(s) terminé(s), {failed} pas encore (nouvel essai plus tard).</translation>
    </message>
    <message>
        <source>Claims360: {done} onderbroken verzending(en) afgewerkt.</source>
        <translation>Claims360 : {done} envoi(s) interrompu(s) terminé(s).</translation>
    </message>
    <message>
        <source>Claims360: onderbroken verzendingen konden niet afgewerkt worden ({error}).</source>
        <translation>Claims360 : les envois interrompus n&apos;ont pas pu être terminés ({error}).</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>Laden…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Niet geladen</source>
        <translation>Non chargé</translation>
    </message>
</context>
<context>
    <name>PhotoPickerDialog</name>
    <message>
        <source>Foto&apos;s versturen naar Claims360</source>
        <translation>Envoyer des photos à Claims360</translation>
    </message>
    <message>
        <source>Duid de foto&apos;s aan die u naar Claims360 wilt versturen. Foto&apos;s die al in Claims360 staan, zijn gemarkeerd en worden niet opnieuw verstuurd.</source>
        <translation>Cochez les photos que vous voulez envoyer à Claims360. Les photos déjà dans Claims360 sont marquées et ne sont pas renvoyées.</translation>
    </message>
    <message>
        <source>&amp;Alles selecteren</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Niets selecteren</source>
        <translation>Ne &amp;rien sélectionner</translation>
    </message>
    <message>
        <source>&amp;Verkleinen</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>%v van %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>V&amp;ersturen</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Maakt een kleinere kopie (onder 10 MB) van de gekozen foto die te groot is.</source>
        <translation>Crée une copie plus petite (moins de 10 Mo) de la photo choisie qui est trop grande.</translation>
    </message>
    <message>
        <source>Verstuurt de gekozen foto waarvan het versturen mislukte opnieuw.</source>
        <translation>Renvoie la photo choisie dont l&apos;envoi a échoué.</translation>
    </message>
    <message>
        <source>Foto&apos;s laden…</source>
        <translation>Chargement des photos…</translation>
    </message>
    <message>
        <source>Dit dossier heeft nog geen foto&apos;s.</source>
        <translation>Ce dossier n&apos;a pas encore de photos.</translation>
    </message>
    <message>
        <source>{count} foto&apos;s, waarvan {sent} al in Claims360.</source>
        <translation>{count} photo(s), dont {sent} déjà dans Claims360.</translation>
    </message>
    <message>
        <source>De foto&apos;s konden niet geladen worden: {error}</source>
        <translation>Les photos n&apos;ont pas pu être chargées : {error}</translation>
    </message>
    <message>
        <source>{chosen} van {count} aangeduid</source>
        <translation>{chosen} sur {count} cochée(s)</translation>
    </message>
    <message>
        <source>Geen foto&apos;s meer om te versturen.</source>
        <translation>Plus aucune photo à envoyer.</translation>
    </message>
    <message>
        <source>{count} foto(&apos;s) worden verstuurd</source>
        <translation>{count} photo(s) en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Foto&apos;s versturen naar Claims360…</source>
        <translation>Envoi des photos vers Claims360…</translation>
    </message>
    <message>
        <source>{ok} verzonden, {failed} niet gelukt. Kies een foto met een fout om de uitleg te zien en probeer ze opnieuw; een foto wordt nooit twee keer verstuurd.</source>
        <translation>{ok} envoyée(s), {failed} en échec. Choisissez une photo en erreur pour voir l&apos;explication et réessayez ; une photo n&apos;est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <source>{ok} foto(&apos;s) verzonden naar Claims360.</source>
        <translation>{ok} photo(s) envoyée(s) à Claims360.</translation>
    </message>
    <message>
        <source>Een kleinere kopie maken…</source>
        <translation>Création d&apos;une copie plus petite…</translation>
    </message>
    <message>
        <source>De verkleinde kopie is toegevoegd en aangeduid; de originele foto blijft bewaard.</source>
        <translation>La copie réduite a été ajoutée et cochée ; la photo originale est conservée.</translation>
    </message>
    <message>
        <source>De foto kon niet verkleind worden.</source>
        <translation>La photo n&apos;a pas pu être réduite.</translation>
    </message>
    <message>
        <source>Het versturen liep onverwacht mis: {error}</source>
        <translation>L&apos;envoi a échoué de manière inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>PhotoPickerModel</name>
    <message>
        <source>al verzonden {date}</source>
        <translation>déjà envoyée le {date}</translation>
    </message>
    <message>
        <source>van Claims360</source>
        <translation>de Claims360</translation>
    </message>
    <message>
        <source>te groot ({size}) – verkleinen</source>
        <translation>trop grande ({size}) – réduire</translation>
    </message>
    <message>
        <source>wacht…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>wordt verstuurd…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <source>✓ verzonden</source>
        <translation>✓ envoyée</translation>
    </message>
    <message>
        <source>✗ fout – zie uitleg</source>
        <translation>✗ erreur – voir l&apos;explication</translation>
    </message>
    <message>
        <source>vorige poging onbevestigd</source>
        <translation>essai précédent non confirmé</translation>
    </message>
    <message>
        <source>Staat al in Claims360; wordt niet opnieuw verstuurd.</source>
        <translation>Déjà dans Claims360 ; ne sera pas renvoyée.</translation>
    </message>
    <message>
        <source>Ontvangen van Claims360; wordt niet teruggestuurd.</source>
        <translation>Reçue de Claims360 ; ne sera pas renvoyée.</translation>
    </message>
    <message>
        <source>Claims360 aanvaardt foto&apos;s tot 10 MB. Kies &apos;Verkleinen&apos; om een kleinere kopie te maken.</source>
        <translation>Claims360 accepte les photos jusqu&apos;à 10 Mo. Choisissez « Réduire » pour créer une copie plus petite.</translation>
    </message>
</context>
<context>
    <name>PhotoThumbnailModel</name>
    <message>
        <source>Niet op deze pc</source>
        <translation>Pas sur ce PC</translation>
    </message>
    <message>
        <source>Beschadigd</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <source>Geen voorbeeld</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>Ontvangen van Claims360</source>
        <translation>Reçue de Claims360</translation>
    </message>
    <message>
        <source>Verstuurd naar Claims360</source>
        <translation>Envoyée à Claims360</translation>
    </message>
    <message>
        <source>Het bestand van deze foto staat niet op deze pc.</source>
        <translation>Le fichier de cette photo ne se trouve pas sur ce PC.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Nummer</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Réparateur</translation>
    </message>
    <message>
        <source>Datum Import</source>
        <translation>Date d&apos;import</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Opdrachten en bestekken die via Informex binnenkomen, wachten hier tot iemand ze aanvaardt of weigert.</source>
        <translation>Les missions et devis reçus via Informex attendent ici que quelqu&apos;un les accepte ou les refuse.</translation>
    </message>
    <message>
        <source>Nieuwe opdrachten worden meteen een dossier (informex_queueing staat uit).</source>
        <translation>Les nouvelles missions deviennent immédiatement un dossier (informex_queueing est désactivé).</translation>
    </message>
    <message>
        <source>Opdrachten</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Er wachten geen opdrachten.</source>
        <translation>Aucune mission en attente.</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Hersteller</source>
        <translation>Réparateur</translation>
    </message>
    <message>
        <source>Nummerplaat</source>
        <translation>Plaque</translation>
    </message>
    <message>
        <source>Voertuig</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Werk</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Verzekeraar</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Datum Import</source>
        <translation>Date d&apos;import</translation>
    </message>
    <message>
        <source>Voorgestelde dossiers (zelfde hersteller en nummerplaat)</source>
        <translation>Dossiers proposés (même réparateur et même plaque)</translation>
    </message>
    <message>
        <source>Geen dossier met deze nummerplaat bij deze hersteller.</source>
        <translation>Aucun dossier avec cette plaque chez ce réparateur.</translation>
    </message>
    <message>
        <source>Of &amp;dossiernummer</source>
        <translation>Ou numéro de &amp;dossier</translation>
    </message>
    <message>
        <source>bv. PM-2024-0012</source>
        <translation>p. ex. PM-2024-0012</translation>
    </message>
    <message>
        <source>Aanvaarden als nieuw dossier</source>
        <translation>Accepter comme nouveau dossier</translation>
    </message>
    <message>
        <source>Koppelen aan dossier</source>
        <translation>Lier au dossier</translation>
    </message>
    <message>
        <source>Weigeren…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Bestekken</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Er wachten geen bestekken.</source>
        <extracomment>The estimate pop-up&apos;s own comparison widget (not a copy of it).</extracomment>
        <translation>Aucun devis en attente.</translation>
    </message>
    <message>
        <source>Bestek</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Dossier</source>
        <extracomment>What the last decision did, shown once the Wachtrij is read again. (text, role) for the estimate list&apos;s message once it is read again.</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Het bestek wordt vergeleken met het dossier…</source>
        <translation>Comparaison du devis avec le dossier…</translation>
    </message>
    <message>
        <source>&amp;Aanvaarden</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Weigeren…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Er wachten geen bestekken. Nieuwe bestekversies neemt u over in het dossier zelf, met de i-knop → “Dossier synchroniseren met Claims360” (informex_queueing staat uit).</source>
        <translation>Aucun devis en attente. Les nouvelles versions de devis se reprennent dans le dossier lui-même, avec le bouton i → « Synchroniser le dossier avec Claims360 » (informex_queueing est désactivé).</translation>
    </message>
    <message>
        <source>Opdrachten ({count})</source>
        <translation>Missions ({count})</translation>
    </message>
    <message>
        <source>Bestekken ({count})</source>
        <translation>Devis ({count})</translation>
    </message>
    <message>
        <source>Opdracht {number} ({source})</source>
        <translation>Mission {number} ({source})</translation>
    </message>
    <message>
        <source>Kies een voorgesteld dossier of geef een dossiernummer in.</source>
        <translation>Choisissez un dossier proposé ou saisissez un numéro de dossier.</translation>
    </message>
    <message>
        <source>Opdracht {number} staat nu in dossier {dossier}.</source>
        <translation>La mission {number} se trouve maintenant dans le dossier {dossier}.</translation>
    </message>
    <message>
        <source>Opdracht {number} is geweigerd.</source>
        <translation>La mission {number} a été refusée.</translation>
    </message>
    <message>
        <source>De wachtrij kon niet bijgewerkt worden ({error}). Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>La file d&apos;attente n&apos;a pas pu être mise à jour ({error}). Vérifiez la connexion à la base de données et réessayez.</translation>
    </message>
    <message>
        <source>Kies hierboven een bestekversie.</source>
        <translation>Choisissez une version de devis ci-dessus.</translation>
    </message>
    <message>
        <source>Versie {version} van het bestek voor dossier {number}</source>
        <translation>Version {version} du devis pour le dossier {number}</translation>
    </message>
    <message>
        <source>geen nummerplaat</source>
        <translation>pas de plaque</translation>
    </message>
    <message>
        <source>geen klant</source>
        <translation>pas de client</translation>
    </message>
    <message>
        <source>Versie {remote} van het bestek staat nu in dossier {number} als bestekversie {version}; de vorige versies blijven zichtbaar op het tabblad Bestek.</source>
        <translation>La version {remote} du devis figure maintenant dans le dossier {number} comme version de devis {version} ; les versions précédentes restent visibles dans l&apos;onglet Devis.</translation>
    </message>
    <message>
        <source>Versie {remote} van het bestek stond al in dossier {number} (bestekversie {version}).</source>
        <translation>La version {remote} du devis figurait déjà dans le dossier {number} (version de devis {version}).</translation>
    </message>
    <message>
        <source>Versie {remote} van het bestek voor dossier {number} is geweigerd; het dossier houdt zijn huidige bestek.</source>
        <translation>La version {remote} du devis pour le dossier {number} est refusée ; le dossier garde son devis actuel.</translation>
    </message>
</context>
<context>
    <name>RejectReasonDialog</name>
    <message>
        <source>Bestek weigeren</source>
        <translation>Refuser le devis</translation>
    </message>
    <message>
        <source>Waarom weigert u versie {version} van het bestek voor dossier {number}? De reden wordt bij het bestek bewaard; het dossier houdt zijn huidige bestek.</source>
        <translation>Pourquoi refusez-vous la version {version} du devis pour le dossier {number} ? La raison est conservée avec le devis ; le dossier garde son devis actuel.</translation>
    </message>
    <message>
        <source>bv. bedragen kloppen niet, hoort bij een ander dossier…</source>
        <translation>p. ex. montants incorrects, appartient à un autre dossier…</translation>
    </message>
    <message>
        <source>Opdracht weigeren</source>
        <translation>Refuser la mission</translation>
    </message>
    <message>
        <source>Waarom weigert u opdracht {number}? De reden wordt bij de opdracht bewaard.</source>
        <translation>Pourquoi refusez-vous la mission {number} ? La raison est conservée avec la mission.</translation>
    </message>
    <message>
        <source>bv. geen klant van ons, dubbel ontvangen…</source>
        <translation>p. ex. pas notre client, reçue en double…</translation>
    </message>
    <message>
        <source>Weigeren</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Geef een reden op waarom u dit bestek weigert.</source>
        <translation>Indiquez pourquoi vous refusez ce devis.</translation>
    </message>
    <message>
        <source>Geef een reden op waarom u deze opdracht weigert.</source>
        <translation>Indiquez pourquoi vous refusez cette mission.</translation>
    </message>
</context>
<context>
    <name>RepairerDialog</name>
    <message>
        <source>Hersteller</source>
        <translation>Réparateur</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E&amp;xterne referentie (Informex-postbus)</source>
        <translation>Référence e&amp;xterne (boîte Informex)</translation>
    </message>
    <message>
        <source>&amp;Btw-nummer</source>
        <translation>Numéro de &amp;TVA</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>De externe referentie is het nummer van de Informex-postbus van de hersteller (vaak het btw-nummer). Claims360 neemt het over als Carrosserie Id.</source>
        <translation>La référence externe est le numéro de la boîte Informex du réparateur (souvent le numéro de TVA). Claims360 la reprend comme Carrosserie Id.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nieuwe hersteller</source>
        <translation>Nouveau réparateur</translation>
    </message>
    <message>
        <source>Hersteller bewerken</source>
        <translation>Modifier le réparateur</translation>
    </message>
</context>
<context>
    <name>RepairerTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Externe referentie (Informex-postbus)</source>
        <translation>Référence externe (boîte Informex)</translation>
    </message>
    <message>
        <source>Btw-nummer</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>RepairersPage</name>
    <message>
        <source>De herstellers (carrosserieën) in deze database. De externe referentie is het nummer van hun Informex-postbus.</source>
        <translation>Les réparateurs (carrosseries) de cette base de données. La référence externe est le numéro de leur boîte Informex.</translation>
    </message>
    <message>
        <source>Nieuwe hersteller…</source>
        <translation>Nouveau réparateur…</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Taal (voor deze gebruiker op deze pc)</source>
        <translation>Langue (pour cet utilisateur sur ce PC)</translation>
    </message>
    <message>
        <source>&amp;Taal van het programma</source>
        <translation>&amp;Langue du programme</translation>
    </message>
    <message>
        <source>Een andere taal wordt gebruikt vanaf de volgende start van PlanManager; herstarten is nu niet nodig.</source>
        <translation>Une autre langue est utilisée à partir du prochain démarrage de PlanManager ; inutile de redémarrer maintenant.</translation>
    </message>
    <message>
        <source>Database (gedeeld door alle gebruikers)</source>
        <translation>Base de données (partagée par tous les utilisateurs)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Claims360</source>
        <translation>Claims360</translation>
    </message>
    <message>
        <source>Wachtrij (informex_queueing)</source>
        <translation>File d&apos;attente (informex_queueing)</translation>
    </message>
    <message>
        <source>Automatische synchronisatie</source>
        <translation>Synchronisation automatique</translation>
    </message>
    <message>
        <source>Foto&apos;s (photos.folder)</source>
        <translation>Photos (photos.folder)</translation>
    </message>
    <message>
        <source>Deze instellingen gelden voor de hele database. Enkel de helpdesk kan ze wijzigen: mail naar support@solera.com.</source>
        <translation>Ces paramètres valent pour toute la base de données. Seul le helpdesk peut les modifier : écrivez à support@solera.com.</translation>
    </message>
    <message>
        <source>Aan: opdrachten wachten in de Wachtrij tot iemand ze aanvaardt.</source>
        <translation>Activé : les missions attendent dans la file d&apos;attente jusqu&apos;à ce que quelqu&apos;un les accepte.</translation>
    </message>
    <message>
        <source>Uit: opdrachten worden meteen een dossier.</source>
        <translation>Désactivé : les missions deviennent immédiatement un dossier.</translation>
    </message>
    <message>
        <source>Elke {minutes} minuten</source>
        <translation>Toutes les {minutes} minutes</translation>
    </message>
    <message>
        <source>In de gedeelde map {folder}: elke pc toont ze.</source>
        <translation>Dans le dossier partagé {folder} : chaque PC les affiche.</translation>
    </message>
    <message>
        <source>In de eigen map van deze pc, {folder}: andere pc&apos;s tonen ze niet. De helpdesk kan een gedeelde map instellen.</source>
        <translation>Dans le dossier propre à ce PC, {folder} : les autres PC ne les affichent pas. Le helpdesk peut configurer un dossier partagé.</translation>
    </message>
    <message>
        <source>Dit is de taal waarin PlanManager nu draait.</source>
        <translation>C&apos;est la langue dans laquelle PlanManager fonctionne maintenant.</translation>
    </message>
    <message>
        <source>Bewaard. PlanManager gebruikt {language} vanaf de volgende start.</source>
        <translation>Enregistré. PlanManager utilisera {language} à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>De synchronisatie met Claims360 liep onverwacht mis ({error}). PlanManager probeert het bij de volgende ronde opnieuw; blijft het misgaan, neem dan contact op met de helpdesk.</source>
        <extracomment>A heartbeat this much later than planned means the PC slept (or the clock jumped ahead). After waking, give the network a moment to come back before syncing. The last result per repairer in this program (a skip is not stored in the database).</extracomment>
        <translation>La synchronisation avec Claims360 a échoué de façon inattendue ({error}). PlanManager réessaiera au prochain tour ; si le problème persiste, contactez le helpdesk.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>ingesteld</source>
        <translation>configuré</translation>
    </message>
    <message>
        <source>onvolledig</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>sleutels niet op deze pc</source>
        <translation>clés pas sur ce PC</translation>
    </message>
    <message>
        <source>gelukt</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>overgeslagen</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>pagina {pages} — {count} opdrachten</source>
        <translation>page {pages} — {count} missions</translation>
    </message>
    <message>
        <source>{new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd</source>
        <translation>{new} nouvelles, {changed} modifiées, {unchanged} inchangées</translation>
    </message>
    <message>
        <source>1 nieuwe opdracht</source>
        <translation>1 nouvelle mission</translation>
    </message>
    <message>
        <source>{count} nieuwe opdrachten</source>
        <translation>{count} nouvelles missions</translation>
    </message>
    <message>
        <source>Claims360 niet bereikbaar</source>
        <translation>Claims360 injoignable</translation>
    </message>
    <message>
        <source>Claims360 niet bereikbaar — nieuwe poging om {time}</source>
        <translation>Claims360 injoignable — nouvel essai à {time}</translation>
    </message>
    <message>
        <source>Claims360: geen ingestelde herstellers om te synchroniseren op deze pc</source>
        <translation>Claims360 : aucun réparateur configuré à synchroniser sur ce PC</translation>
    </message>
    <message>
        <source>Claims360: laatste synchronisatie {time}</source>
        <translation>Claims360 : dernière synchronisation {time}</translation>
    </message>
    <message>
        <source>geen nieuwe opdrachten</source>
        <translation>aucune nouvelle mission</translation>
    </message>
    <message>
        <source>mislukt voor {names} (zie de Claims360-pagina)</source>
        <translation>échec pour {names} (voir la page Claims360)</translation>
    </message>
</context>
<context>
    <name>WinFormExImportDialog</name>
    <message>
        <source>Importeren uit WinFormEx II</source>
        <translation>Importer depuis WinFormEx II</translation>
    </message>
    <message>
        <source>Claims360 is actief: naar WinFormEx II kan niets meer verstuurd worden. Berichten die nog uit WinFormEx II binnenkomen, importeert u hier; ze volgen dezelfde regels als opdrachten uit Claims360 (Wachtrij of rechtstreeks een dossier).</source>
        <translation>Claims360 est actif : plus rien ne peut être envoyé vers WinFormEx II. Les messages qui arrivent encore de WinFormEx II s&apos;importent ici ; ils suivent les mêmes règles que les missions de Claims360 (file d&apos;attente ou directement un dossier).</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WinFormExImportPanel</name>
    <message>
        <source>Importeren uit WinFormEx II</source>
        <translation>Importer depuis WinFormEx II</translation>
    </message>
    <message>
        <source>De berichten in de WinFormEx-importmap nu importeren: opdrachten en bestekken gaan naar de Wachtrij of rechtstreeks naar een dossier.</source>
        <translation>Importer maintenant les messages du dossier d&apos;importation WinFormEx : missions et devis vont dans la file d&apos;attente ou directement dans un dossier.</translation>
    </message>
    <message>
        <source>Bezig met importeren uit WinFormEx II…</source>
        <extracomment>Text colours of a file&apos;s line: refused files stand out, files left for later are a warning.</extracomment>
        <translation>Importation depuis WinFormEx II en cours…</translation>
    </message>
    <message>
        <source>Er is geen WinFormEx-importmap ingesteld, dus er kon niets geïmporteerd worden. Vraag de helpdesk om de map in te stellen (planmanager-desktop admin settings set {key} PAD) en probeer daarna opnieuw.</source>
        <translation>Aucun dossier d&apos;importation WinFormEx n&apos;est configuré : rien n&apos;a pu être importé. Demandez au helpdesk de le configurer (planmanager-desktop admin settings set {key} CHEMIN), puis réessayez.</translation>
    </message>
    <message>
        <source>Verplaatst naar {path}</source>
        <translation>Déplacé vers {path}</translation>
    </message>
    <message>
        <source>De import uit WinFormEx II is mislukt ({error}). Er ging niets verloren: de berichten blijven in de importmap. Controleer de verbinding met de database en probeer opnieuw.</source>
        <translation>L&apos;importation depuis WinFormEx II a échoué ({error}). Rien n&apos;est perdu : les messages restent dans le dossier d&apos;importation. Vérifiez la connexion à la base de données et réessayez.</translation>
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
        <translation>Cette base de données fonctionne encore avec WinFormEx II d&apos;Informex. Les missions et devis de votre boîte Informex arrivent sous forme de fichiers dans le dossier d&apos;importation WinFormEx ; avec Importer depuis WinFormEx II, ils vont dans la file d&apos;attente ou directement dans un dossier. Depuis un dossier, vous envoyez des données vers WinFormEx II avec le bouton i.</translation>
    </message>
    <message>
        <source>Import uit WinFormEx II</source>
        <translation>Importation depuis WinFormEx II</translation>
    </message>
</context>
</TS>
