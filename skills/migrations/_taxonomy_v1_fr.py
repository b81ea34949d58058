# Default skills taxonomy (version 1) shipped with Human Edge Academy: French translation of
# _taxonomy_v1.py (same codes, order and structure; names, descriptions and level texts in French).
# Level descriptors are ordered: 1 Aware, 2 Practising, 3 Proficient, 4 Expert.

CATEGORIES = [
    {
        "code": "ai-literacy",
        "name": "Culture de l’IA",
        "description": "Ce que sont les agents IA et les outils copilotes, comment ils produisent leurs réponses et où ils se trompent. Les collaborateurs en apprennent assez sur la technologie pour s’y fier là où elle est fiable et intervenir là où elle ne l’est pas.",
    },
    {
        "code": "working-with-ai",
        "name": "Travailler aux côtés de l’IA",
        "description": "Comment le métier évolue quand l’IA prend en charge une partie du travail : qui est responsable de quelles décisions, et la compétence pratique consistant à utiliser les outils d’IA efficacement et en toute sécurité pendant les échanges en direct avec les clients.",
    },
    {
        "code": "human-skills",
        "name": "Compétences humaines",
        "description": "Les compétences que les clients apprécient le plus chez une personne et que l’IA ne peut pas véritablement offrir : une empathie réelle, du discernement face à des problèmes inhabituels et des conseils adaptés à la situation de chacun.",
    },
    {
        "code": "qa-behaviours",
        "name": "Comportements relationnels (grille qualité)",
        "description": "Les neuf comportements observables qu’utilise la grille d’évaluation qualité pour relire les conversations par chat, téléphone et e-mail. Les équipes formation peuvent modifier la formulation et les niveaux de la grille pour les adapter aux standards de l’organisation.",
    },
]

SKILLS = [
    # --- AI literacy -------------------------------------------------------
    {
        "code": "ai-how-agents-work",
        "category": "ai-literacy",
        "name": "Comment fonctionnent les agents IA",
        "description": "Savoir ce qui se passe quand un agent IA répond à un client : un modèle de langage prédit un texte probable, s’appuie sur la base de connaissances ou sur des documents trouvés par recherche documentaire, et agit au moyen d’outils, dans les limites de garde-fous fixés par des personnes. Cela permet aux collaborateurs d’expliquer le comportement de l’IA aux clients et d’anticiper les contacts qui nécessiteront probablement une personne.",
        "qa_behaviour": False,
        "levels": [
            "Explique simplement que l’agent IA rédige ses réponses en prédisant un texte probable plutôt qu’en lisant un script figé, et cite les principaux outils qu’il peut utiliser dans son centre de contact, comme la consultation d’une commande ou la réinitialisation d’un mot de passe.",
            "Lit la transcription de la conversation avec l’IA avant de prendre le relais et indique quelles parties viennent de la base de connaissances, lesquelles d’une action d’outil et lesquelles d’une formulation générée. Explique à un client, sans jargon, ce que l’agent IA pouvait et ne pouvait pas faire pour lui.",
            "Prévoit, à partir de la demande d’un client, si l’agent IA dispose des connaissances, de l’accès aux outils et des autorisations nécessaires pour la traiter, et prépare les transferts en conséquence. Repère quand une réponse de l’IA reflète un article obsolète de la base de connaissances ou la date limite des connaissances du modèle plutôt que la politique en vigueur.",
            "Anime de courtes sessions d’équipe qui passent en revue de vraies transcriptions pour montrer comment l’agent IA est arrivé à ses réponses. Fait aux équipes IA et base de connaissances des suggestions précises et étayées de modifications des contenus, des outils ou des garde-fous.",
        ],
    },
    {
        "code": "ai-failure-modes",
        "category": "ai-literacy",
        "name": "Où les agents IA échouent",
        "description": "Reconnaître les façons typiques dont les agents IA se trompent en service client : affirmations assurées mais fausses, informations obsolètes, intention mal interprétée, instructions cachées dans les messages ou les pièces jointes des clients, et scores de sentiment qui ne perçoivent pas le sarcasme ou la détresse. Les collaborateurs repèrent ces erreurs avant qu’elles n’atteignent un client ou ne lui nuisent.",
        "qa_behaviour": False,
        "levels": [
            "Cite les types d’échecs courants de l’IA (faits inventés, informations obsolètes, demandes mal comprises et instructions manipulées) et vérifie dans le système source toute politique, tout prix ou toute date indiqués par l’IA avant de les répéter à un client.",
            "Repère les erreurs factuelles dans les réponses rédigées par l’IA et dans les transcriptions en cours de travail, les corrige auprès du client et signale chacune d’elles via le circuit de signalement convenu, avec la référence de la conversation.",
            "Repère les échecs plus subtils, comme une réponse exacte mais qui répond à la mauvaise question, une étiquette de sentiment qui contredit ce que le client a réellement écrit, ou un message contenant un texte qui tente de faire ignorer ses règles à l’agent IA, et gère de manière appropriée à la fois le client et le dossier.",
            "Repère des tendances dans les échecs signalés et rédige des exemples clairs que l’équipe IA peut transformer en cas de test ou en modifications des garde-fous. Accompagne ses collègues sur les vérifications rapides qui permettent de détecter chaque type d’échec.",
        ],
    },
    {
        "code": "ai-escalation",
        "category": "ai-literacy",
        "name": "Quand escalader de l’IA vers une personne",
        "description": "Juger quand une conversation nécessite une personne à la place de l’agent IA, ou en complément : clients vulnérables, réclamations, cas complexes ou à fort enjeu, échecs répétés de l’IA, ou client qui demande simplement à parler à un humain. Cela couvre aussi la reprise en douceur de la conversation, pour que le client n’ait jamais à tout recommencer.",
        "qa_behaviour": False,
        "levels": [
            "Applique les déclencheurs d’escalade documentés, comme une demande de parler à une personne, une réclamation, une inquiétude concernant la protection d’une personne vulnérable ou un litige de paiement, et reprend rapidement les transferts de l’agent IA.",
            "Au moment de prendre le relais, lit d’abord la transcription et le résumé de l’IA, confirme les faits essentiels avec le client en un court message au lieu de lui demander de tout répéter, et consigne le motif de l’escalade.",
            "Reconnaît les besoins d’escalade que les règles ne détectent pas, comme des signes de vulnérabilité, de la frustration derrière une formulation polie ou un agent IA qui répète la même réponse inutile, et intervient ou signale le cas tôt. Juge quand un cas peut ensuite retourner sans risque vers le libre-service.",
            "Passe en revue avec l’équipe des cas escaladés et non escaladés pour repérer les déclencheurs qui se déclenchent trop tard ou trop souvent, et propose des modifications précises des règles de transfert. Accompagne ses collègues sur les techniques de transfert à chaud.",
        ],
    },
    # --- Working alongside AI ----------------------------------------------
    {
        "code": "role-clarity",
        "category": "working-with-ai",
        "name": "Clarté des rôles dans un travail augmenté par l’IA",
        "description": "Savoir quelles parties d’une conversation client sont prises en charge par l’IA, lesquelles reviennent au collaborateur, et qui est responsable du résultat. Les collaborateurs restent maîtres des décisions, des promesses et des arbitrages, même quand un outil d’IA a rédigé les mots.",
        "qa_behaviour": False,
        "levels": [
            "Indique quelles tâches de sa file sont prises en charge par l’agent IA ou le copilote et lesquelles restent aux personnes, et considère tout ce qu’il envoie ou valide comme relevant de sa propre responsabilité, même quand l’IA l’a rédigé.",
            "Relit chaque réponse ou action suggérée par l’IA avant qu’elle ne parvienne au client, la modifie quand elle ne convient pas à la situation, et refuse les suggestions qui dépassent son niveau d’autorité ou la politique de l’entreprise.",
            "Consacre le temps gagné grâce à l’IA au travail qui nécessite une personne, comme les cas complexes, les clients vulnérables et les suivis. Dit honnêtement aux clients quand ils ont échangé avec un agent IA et quand une personne a pris le relais.",
            "Travaille avec les responsables d’équipe pour définir et affiner la répartition des responsabilités entre l’IA et les personnes à mesure que les outils évoluent. Accompagne les nouveaux arrivants sur les situations où leur discernement est nécessaire et celles où l’on peut laisser l’IA travailler seule.",
        ],
    },
    {
        "code": "ai-tool-literacy",
        "category": "working-with-ai",
        "name": "Maîtrise technique des outils d’IA",
        "description": "Bien utiliser les outils d’IA du centre de contact : suggestions de réponse du copilote, résumés de conversation, recherche dans la base de connaissances, traduction et indicateurs de sentiment. Cela comprend la rédaction de demandes claires, la vérification des résultats, la protection des données clients et des retours qui améliorent les outils.",
        "qa_behaviour": False,
        "levels": [
            "Utilise les principales fonctionnalités d’IA de son poste de travail, comme les réponses suggérées, les résumés et la recherche dans la base de connaissances, et respecte les règles sur les données clients qu’il est permis d’y saisir.",
            "Adresse au copilote des demandes précises, par exemple « résume les trois derniers e-mails et liste les actions en attente », vérifie le résultat au regard du dossier, et note ou signale les suggestions de mauvaise qualité.",
            "Choisit le bon outil pour chaque tâche et décide quand travailler sans aucune IA. Traite les indicateurs de sentiment et d’intention comme une supposition statistique à confronter aux mots du client lui-même, et obtient des résultats qui réduisent la durée de traitement sans baisse de qualité.",
            "Partage avec l’équipe des prompts et des méthodes de travail éprouvés, et aide à tester de nouvelles fonctionnalités d’IA sur des cas réels avant leur déploiement. Fait à l’équipe outils des retours précis sur les erreurs et les fonctionnalités manquantes.",
        ],
    },
    # --- Human skills ------------------------------------------------------
    {
        "code": "empathy",
        "category": "human-skills",
        "name": "Empathie et lien authentique",
        "description": "Percevoir ce que ressent un client, y répondre sincèrement et laisser cela orienter la façon de traiter le problème. Quand les contacts courants passent par l’IA, c’est ce que les clients attendent le plus d’une personne : être traités comme des individus et non comme des tickets.",
        "qa_behaviour": False,
        "levels": [
            "Utilise le nom du client, répond poliment à une émotion clairement exprimée et évite les formules de compassion toutes faites qui ne correspondent pas à ce que le client a dit.",
            "Perçoit les signaux émotionnels dans le ton de la voix ou la formulation écrite, les reformule avec ses propres mots, et adapte son rythme et son approche, par exemple en ralentissant face à un client inquiet.",
            "Établit un véritable lien dans les conversations difficiles avec des clients en colère, en deuil ou vulnérables, reste calme sous pression et prend des mesures concrètes qui montrent que la situation de la personne a été prise au sérieux, comme programmer un rappel ou ajouter un signalement pour un accompagnement renforcé.",
            "Accompagne ses collègues sur les réponses empathiques à partir de vraies conversations anonymisées, et propose des modifications des politiques, des modèles de réponse ou des formulations rédigées par l’IA qui paraissent froides ou expéditives.",
        ],
    },
    {
        "code": "problem-solving",
        "category": "human-skills",
        "name": "Résolution de problèmes",
        "description": "Comprendre ce qui ne va vraiment pas et trouver une solution applicable, en particulier pour les problèmes inhabituels, à multiples facettes ou impliquant plusieurs systèmes, qui parviennent à une personne après que l’agent IA n’a pas pu les résoudre. Cela associe un questionnement structuré, la vérification des éléments factuels et un jugement sûr pour choisir entre plusieurs options.",
        "qa_behaviour": False,
        "levels": [
            "Suit dans l’ordre les étapes de dépannage de la base de connaissances, note ce qui a été essayé et escalade quand les étapes documentées sont épuisées.",
            "Pose des questions ciblées pour cerner la cause, vérifie les données du compte et les historiques des systèmes plutôt que de s’en tenir à la première description du client ou au résumé de l’IA, et résout la plupart des problèmes courants dès le premier contact.",
            "Résout des problèmes inhabituels ou à multiples facettes sans solution documentée en testant les causes probables, en faisant appel à d’autres équipes si nécessaire, et en choisissant l’option qui équilibre au mieux les besoins du client, la politique de l’entreprise et les coûts.",
            "Identifie les causes profondes récurrentes d’un dossier à l’autre et rédige ou met à jour des articles de la base de connaissances pour que les collègues comme l’agent IA puissent résoudre ces problèmes. Accompagne ses collègues sur le diagnostic structuré.",
        ],
    },
    {
        "code": "consultative",
        "category": "human-skills",
        "name": "Compétences de conseil",
        "description": "Comprendre les objectifs plus larges d’un client et le conseiller sur la meilleure option pour lui, plutôt que de répondre seulement à la question littérale. Cela implique de recommander des produits, des offres ou des changements de façon honnête, et uniquement lorsqu’ils conviennent vraiment.",
        "qa_behaviour": False,
        "levels": [
            "Répond pleinement à la question du client et mentionne les options pertinentes de la base de connaissances lorsque le client l’interroge à leur sujet.",
            "Pose une ou deux questions ouvertes sur la façon dont le client utilise le produit ou le service, et suggère une option adaptée à ce qu’il a décrit, en expliquant le principal compromis.",
            "Explore la situation et les objectifs du client, compare honnêtement les options (y compris quand le meilleur conseil est de ne rien changer ou de passer à une offre moins chère), et convient avec le client d’une recommandation claire qu’il peut mettre en œuvre.",
            "Accompagne ses collègues sur les questions de découverte et les recommandations honnêtes, et fait remonter les besoins clients fréquents aux équipes produit et IA pour que le libre-service propose des options mieux adaptées.",
        ],
    },
    # --- QA soft-skill behaviours ------------------------------------------
    {
        "code": "qa-greeting-ownership",
        "category": "qa-behaviours",
        "name": "Accueil chaleureux et prise en charge",
        "description": "Ouvrir la conversation chaleureusement et montrer clairement que le collaborateur prend la responsabilité d’aider le client, y compris juste après un transfert depuis un agent IA. Le client doit savoir à qui il a affaire et que sa demande est désormais entre de bonnes mains.",
        "qa_behaviour": True,
        "levels": [
            "Accueille le client avec la formule d’ouverture standard, se présente par son prénom et répond dans le délai cible du canal.",
            "Accueille sur un ton naturel et aimable adapté au canal, et affirme tôt sa prise en charge, par exemple « Je m’occupe de votre demande ».",
            "Adapte l’ouverture au contexte, par exemple en faisant référence à la conversation précédente avec l’agent IA ou à un contact antérieur, et garde la prise en charge jusqu’au bout en assurant personnellement le suivi des actions ou en passant le relais à un collègue nommément désigné.",
            "Partage des ouvertures réussies lors des séances de calibrage de l’équipe, et aide à affiner les consignes d’accueil et les messages de transfert de l’IA pour que les clients sachent qu’une personne a repris leur dossier.",
        ],
    },
    {
        "code": "qa-active-listening",
        "category": "qa-behaviours",
        "name": "Écoute active",
        "description": "Prendre en compte tout ce que le client dit ou écrit et montrer qu’on l’a entendu. Au téléphone, cela signifie ne pas l’interrompre ; par chat et par e-mail, cela signifie lire tout le message, ainsi que toute transcription de l’IA, avant de répondre.",
        "qa_behaviour": True,
        "levels": [
            "Laisse le client terminer sans l’interrompre, et répond à la question qu’il a réellement posée plutôt qu’à une question voisine.",
            "Reformule le problème auprès du client pour le confirmer, et ne redemande pas des informations déjà données par le client ou présentes dans la transcription de l’IA.",
            "Relève les détails mentionnés en passant, comme une échéance, un second problème ou un changement de situation, et les traite sans qu’on le lui demande.",
            "Utilise de vrais exemples en séances d’accompagnement pour montrer à ses collègues comment une écoute attentive a changé l’issue d’un échange, et propose des modifications des scripts ou des résumés de l’IA qui conduisent à demander deux fois la même chose aux clients.",
        ],
    },
    {
        "code": "qa-acknowledging-feelings",
        "category": "qa-behaviours",
        "name": "Reconnaissance des émotions",
        "description": "Reconnaître et nommer les émotions du client de façon sincère et précise avant de passer à la solution. Cela transforme une réponse purement transactionnelle en une réponse qui montre que le client a été compris.",
        "qa_behaviour": True,
        "levels": [
            "Exprime une marque de reconnaissance quand le client manifeste une émotion claire, par exemple « Je suis désolé que cette situation soit si frustrante ».",
            "Adapte ses marques de reconnaissance à ce que le client a dit, par exemple en évoquant le colis qui n’est pas arrivé à temps pour un anniversaire, plutôt que d’utiliser une formule générique.",
            "Perçoit les émotions non exprimées, comme l’inquiétude derrière un e-mail court et formel, les reconnaît au bon moment sans en faire trop, et relie cette reconnaissance à une action concrète.",
            "Accompagne ses collègues sur une reconnaissance sincère et précise à partir de vrais exemples, et améliore les modèles de réponse et les formulations suggérées par l’IA qui sonnent comme des formules toutes faites.",
        ],
    },
    {
        "code": "qa-plain-language",
        "category": "qa-behaviours",
        "name": "Explications en langage clair",
        "description": "Expliquer les politiques, les procédures et les détails techniques avec des mots que le client comprend, sans jargon interne, codes système ni longueurs inutiles. Cela vaut autant pour les formulations du collaborateur que pour les textes rédigés par l’IA qu’il envoie.",
        "qa_behaviour": True,
        "levels": [
            "N’utilise ni codes internes ni sigles dans ses réponses, et reformule une explication quand le client dit ne pas la comprendre.",
            "Explique les procédures en phrases courtes et claires ou en étapes numérotées, et supprime le jargon et le remplissage des réponses rédigées par l’IA avant de les envoyer.",
            "Adapte le niveau de détail au client, par exemple en donnant les précisions techniques à un client averti et seulement la prochaine étape à un client stressé, et vérifie la compréhension sans paraître condescendant.",
            "Réécrit en langage clair des articles de la base de connaissances, des modèles de réponse ou des consignes de réponse de l’IA, et accompagne ses collègues à l’aide d’exemples avant/après.",
        ],
    },
    {
        "code": "qa-accurate-diagnosis",
        "category": "qa-behaviours",
        "name": "Diagnostic juste",
        "description": "Identifier correctement le véritable problème du client avant d’agir, à l’aide de questions, de vérifications du compte et de l’historique de la conversation, y compris tout ce que l’agent IA a déjà recueilli ou tenté. Un diagnostic juste évite les mauvaises solutions et les recontacts.",
        "qa_behaviour": True,
        "levels": [
            "Vérifie le compte du client et l’historique de ses contacts récents avant de proposer une solution, et pose les questions de diagnostic standard pour ce type de contact.",
            "Confirme la cause avec des éléments tirés des systèmes plutôt que d’accepter la première explication du client ou du résumé de l’IA, et consigne clairement le diagnostic dans les notes du dossier.",
            "Diagnostique correctement les problèmes à multiples facettes ou inhabituels en distinguant les symptômes des causes, et repère quand un diagnostic antérieur de l’agent IA ou d’un collègue était erroné.",
            "Examine les recontacts pour repérer les erreurs de diagnostic fréquentes, met à jour les guides de diagnostic, et accompagne ses collègues sur les questions et les vérifications qui révèlent la véritable cause.",
        ],
    },
    {
        "code": "qa-clear-expectations",
        "category": "qa-behaviours",
        "name": "Fixer des attentes claires",
        "description": "Dire précisément au client ce qui va se passer ensuite, qui s’en chargera et dans quel délai, et être honnête sur ce qui n’est pas possible. Des attentes claires évitent les relances des clients et les promesses non tenues.",
        "qa_behaviour": True,
        "levels": [
            "Indique au client la prochaine étape avant la fin de la conversation, en s’appuyant sur les délais standard de la base de connaissances.",
            "Précise qui fera quoi et dans quel délai, donne un numéro de référence, évite de promettre ce qui ne dépend pas de lui, et corrige toute promesse antérieure de l’agent IA qui ne peut pas être tenue.",
            "Fixe des attentes réalistes dans les situations difficiles, comme un retard ou un refus, explique la raison et les options, et recontacte le client de façon proactive quand un délai risque de ne pas être respecté.",
            "Repère les cas où les politiques, les modèles de réponse ou les réponses de l’IA créent des attentes que l’organisation ne peut pas satisfaire, propose des corrections, et accompagne ses collègues sur l’annonce claire de mauvaises nouvelles.",
        ],
    },
    {
        "code": "qa-positive-language",
        "category": "qa-behaviours",
        "name": "Langage positif",
        "description": "Formuler ses réponses autour de ce qui est possible plutôt que de ce qui ne l’est pas, sans cacher les mauvaises nouvelles ni paraître forcé. Le ton reste respectueux et constructif, par chat comme par téléphone ou par e-mail.",
        "qa_behaviour": True,
        "levels": [
            "Évite les formules accusatrices, expéditives ou négatives comme « ce n’est pas mon service » ou « vous auriez dû ».",
            "Présente les limites sous forme d’options, par exemple « ce que je peux faire, c’est… », et garde un ton calme et courtois quand le client est agacé.",
            "Utilise naturellement une formulation positive tout en restant honnête sur les mauvaises nouvelles, et adapte le ton au client et au canal pour ne jamais paraître récité ou exagérément enjoué.",
            "Accompagne ses collègues sur les formulations constructives à partir de vrais exemples, et améliore les modèles de réponse et les formulations suggérées par l’IA qui paraissent négatives ou faussement enthousiastes.",
        ],
    },
    {
        "code": "qa-confirming-resolution",
        "category": "qa-behaviours",
        "name": "Confirmation de la résolution",
        "description": "Vérifier avec le client que le problème est réellement résolu, ou qu’il a bien compris les étapes restantes, avant de clore. C’est le client, et non le statut du dossier, qui décide si le problème est réglé.",
        "qa_behaviour": True,
        "levels": [
            "Demande au client si son problème a été résolu avant de clore la conversation.",
            "Récapitule ce qui a été fait et confirme avec le client que cela a fonctionné, par exemple en lui demandant d’essayer de se reconnecter pendant l’appel ou le chat.",
            "Teste la solution chaque fois que c’est possible, vérifie les problèmes connexes que le client risque de rencontrer ensuite, et ne clôt le dossier que lorsque le client confirme que le problème est résolu ou que les étapes restantes sont convenues.",
            "Analyse les dossiers rouverts pour repérer où la résolution a été confirmée trop tôt, améliore les consignes de clôture destinées aux collègues et à l’agent IA, et accompagne ses collègues sur la confirmation des résultats.",
        ],
    },
    {
        "code": "qa-respectful-close",
        "category": "qa-behaviours",
        "name": "Une conclusion respectueuse",
        "description": "Terminer la conversation avec courtoisie, pour que le client sache comment reprendre contact et sente que l’on a respecté son temps. Une bonne conclusion ne se fait pas dans la précipitation, même quand les files d’attente sont chargées.",
        "qa_behaviour": True,
        "levels": [
            "Remercie le client et utilise la formule de clôture standard, sans mettre fin au chat ou à l’appel de façon abrupte.",
            "Propose une aide supplémentaire, donne au client un moyen de revenir vers l’entreprise, comme un numéro de référence ou un accès direct, et laisse le client mettre fin à l’appel ou au chat lorsque c’est approprié.",
            "Conclut de façon personnelle et sincère, en lien avec la conversation, par exemple en évoquant la situation du client, et laisse une bonne dernière impression même après un contact difficile ou non résolu.",
            "Partage des exemples de conclusions réussies lors des séances de calibrage de l’équipe, et aide à affiner les consignes de clôture et les formules de fin de l’agent IA pour qu’elles soient chaleureuses et cohérentes.",
        ],
    },
]
