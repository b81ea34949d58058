# Spanish (es) translation of the default skills taxonomy (version 1), see _taxonomy_v1.py.
# Same codes, order and structure as the English source; only the texts are translated.
# Level descriptors are ordered: 1 Aware, 2 Practising, 3 Proficient, 4 Expert.

CATEGORIES = [
    {
        "code": "ai-literacy",
        "name": "Alfabetización en IA",
        "description": "Qué son los agentes de IA y las herramientas de copiloto, cómo producen sus respuestas y en qué se equivocan. Los empleados aprenden lo suficiente sobre la tecnología para confiar en ella donde es fiable e intervenir donde no lo es.",
    },
    {
        "code": "working-with-ai",
        "name": "Trabajar junto a la IA",
        "description": "Cómo cambia el trabajo cuando la IA se encarga de una parte: quién es responsable de cada decisión y la habilidad práctica de usar las herramientas de IA bien y de forma segura durante los contactos en vivo con los clientes.",
    },
    {
        "code": "human-skills",
        "name": "Habilidades humanas",
        "description": "Las habilidades que los clientes más valoran de una persona y que la IA no puede aportar de verdad: empatía real, criterio ante problemas poco habituales y asesoramiento adaptado a la situación de cada persona.",
    },
    {
        "code": "qa-behaviours",
        "name": "Comportamientos de habilidades interpersonales (QA)",
        "description": "Los nueve comportamientos observables que utiliza la evaluación de calidad (QA) al revisar conversaciones por chat, teléfono y correo electrónico. El equipo de formación y desarrollo puede modificar la redacción y los niveles de la rúbrica para ajustarlos a los estándares propios de la organización.",
    },
]

SKILLS = [
    # --- Alfabetización en IA ----------------------------------------------
    {
        "code": "ai-how-agents-work",
        "category": "ai-literacy",
        "name": "Cómo funcionan los agentes de IA",
        "description": "Saber qué ocurre cuando un agente de IA responde a un cliente: un modelo de lenguaje predice texto probable, se apoya en la base de conocimiento o en documentos recuperados y realiza acciones mediante herramientas, dentro de las barreras de protección que fijan las personas. Esto permite a los empleados explicar a los clientes el comportamiento de la IA y anticipar qué contactos probablemente necesitarán una persona.",
        "qa_behaviour": False,
        "levels": [
            "Describe con palabras sencillas que el agente de IA redacta las respuestas prediciendo texto probable, en lugar de leer un guion fijo, y nombra las principales herramientas que puede usar en su centro de contacto, como la consulta de pedidos o el restablecimiento de contraseñas.",
            "Lee la transcripción de la conversación con la IA antes de tomar el relevo e identifica qué partes proceden de la base de conocimiento, cuáles de una acción de una herramienta y cuáles son texto generado. Explica a un cliente, sin jerga, lo que el agente de IA podía y no podía hacer por él.",
            "Prevé, a partir de la solicitud de un cliente, si el agente de IA tiene los conocimientos, el acceso a herramientas y los permisos necesarios para atenderla, y prepara los traspasos en consecuencia. Detecta cuándo una respuesta de la IA refleja un artículo de conocimiento desactualizado o la fecha de corte del entrenamiento del modelo en lugar de la política vigente.",
            "Dirige breves sesiones de equipo en las que se revisan transcripciones reales para mostrar cómo llegó el agente de IA a sus respuestas. Hace a los equipos de IA y de conocimiento sugerencias concretas y basadas en pruebas sobre cambios en el contenido, las herramientas o las barreras de protección.",
        ],
    },
    {
        "code": "ai-failure-modes",
        "category": "ai-literacy",
        "name": "Dónde fallan los agentes de IA",
        "description": "Reconocer las formas típicas en que los agentes de IA se equivocan en la atención al cliente: afirmaciones falsas dichas con seguridad, información desactualizada, intenciones malinterpretadas, instrucciones ocultas en mensajes o archivos adjuntos de los clientes y puntuaciones de sentimiento que no captan el sarcasmo o la angustia. Los empleados detectan estos errores antes de que lleguen a un cliente o lo perjudiquen.",
        "qa_behaviour": False,
        "levels": [
            "Nombra los tipos de fallo más comunes de la IA (datos inventados, información desactualizada, solicitudes malinterpretadas e instrucciones manipuladas) y contrasta con el sistema de origen cualquier política, precio o fecha que indique la IA antes de repetírselo a un cliente.",
            "Detecta errores factuales en las respuestas redactadas por la IA y en las transcripciones durante el trabajo en vivo, los corrige con el cliente e informa de cada uno por la vía de comentarios acordada, con la referencia de la conversación.",
            "Detecta fallos más sutiles, como una respuesta correcta que contesta a la pregunta equivocada, una etiqueta de sentimiento que contradice lo que el cliente escribió realmente o un mensaje con texto que intenta que el agente de IA ignore sus reglas, y gestiona adecuadamente tanto al cliente como el registro del caso.",
            "Detecta patrones en los fallos notificados y redacta ejemplos claros que el equipo de IA pueda convertir en casos de prueba o en cambios en las barreras de protección. Forma a sus compañeros en las comprobaciones rápidas que detectan cada tipo de fallo.",
        ],
    },
    {
        "code": "ai-escalation",
        "category": "ai-literacy",
        "name": "Cuándo escalar de la IA a una persona",
        "description": "Juzgar cuándo una conversación necesita una persona en lugar del agente de IA, o además de él: clientes vulnerables, quejas, casos complejos o de alto riesgo, fallos repetidos de la IA o un cliente que simplemente pide hablar con un ser humano. También incluye tomar el relevo con fluidez para que el cliente nunca tenga que empezar de nuevo.",
        "qa_behaviour": False,
        "levels": [
            "Sigue los desencadenantes de escalamiento documentados, como la petición de hablar con una persona, una queja, un riesgo para la protección de una persona vulnerable o una disputa de pago, y atiende con rapidez los traspasos del agente de IA.",
            "Al tomar el relevo, lee primero la transcripción y el resumen de la IA, confirma los datos clave con el cliente en un solo mensaje breve en lugar de pedirle que lo repita todo y registra por qué se produjo el escalamiento.",
            "Reconoce necesidades de escalamiento que las reglas no detectan, como señales de vulnerabilidad, frustración detrás de una redacción cortés o un agente de IA que repite la misma respuesta inútil, e interviene o señala el caso con antelación. Juzga cuándo un caso puede volver con seguridad al autoservicio después.",
            "Revisa con el equipo casos escalados y no escalados para encontrar desencadenantes que se activan demasiado tarde o con demasiada frecuencia, y propone cambios concretos en las reglas de traspaso. Forma a sus compañeros en la técnica del traspaso cálido.",
        ],
    },
    # --- Trabajar junto a la IA --------------------------------------------
    {
        "code": "role-clarity",
        "category": "working-with-ai",
        "name": "Claridad de funciones en el trabajo aumentado por IA",
        "description": "Saber qué partes de una conversación con un cliente gestiona la IA, cuáles corresponden al empleado y quién responde del resultado. Los empleados son responsables de las decisiones, las promesas y los juicios, aunque una herramienta de IA haya redactado las palabras.",
        "qa_behaviour": False,
        "levels": [
            "Indica qué tareas de su cola gestiona el agente de IA o el copiloto y cuáles quedan en manos de personas, y asume como responsabilidad propia todo lo que envía o aprueba, aunque lo haya redactado la IA.",
            "Revisa cada respuesta o acción sugerida por la IA antes de que llegue al cliente, la modifica cuando no encaja con la situación y rechaza las sugerencias que exceden su autoridad o la política de la empresa.",
            "Dedica el tiempo que ahorra la IA al trabajo que necesita una persona, como los casos complejos, los clientes vulnerables y los seguimientos. Dice con sinceridad a los clientes cuándo han estado hablando con un agente de IA y cuándo ha tomado el relevo una persona.",
            "Colabora con los líderes de equipo para definir y ajustar el reparto de responsabilidades entre la IA y las personas a medida que cambian las herramientas. Orienta a las nuevas incorporaciones sobre dónde se necesita su criterio y dónde se puede dejar actuar a la IA.",
        ],
    },
    {
        "code": "ai-tool-literacy",
        "category": "working-with-ai",
        "name": "Dominio técnico de las herramientas de IA",
        "description": "Usar bien las herramientas de IA del centro de contacto: sugerencias de respuesta del copiloto, resúmenes de conversaciones, búsqueda en la base de conocimiento, traducción e indicadores de sentimiento. Incluye redactar peticiones claras, comprobar los resultados, proteger los datos de los clientes y hacer comentarios que mejoren las herramientas.",
        "qa_behaviour": False,
        "levels": [
            "Usa las principales funciones de IA de su escritorio, como las respuestas sugeridas, los resúmenes y la búsqueda en la base de conocimiento, y sigue las normas de datos sobre qué información de los clientes se puede introducir en ellas.",
            "Hace peticiones concretas al copiloto, por ejemplo «resume los tres últimos correos electrónicos y enumera las acciones pendientes», contrasta el resultado con el registro del caso y valora o señala las sugerencias deficientes.",
            "Elige la herramienta adecuada para cada tarea y decide cuándo trabajar sin IA. Trata los indicadores de sentimiento y de intención como una suposición estadística que debe contrastarse con las propias palabras del cliente, y consigue resultados que acortan el tiempo de gestión sin reducir la calidad.",
            "Comparte con el equipo prompts y flujos de trabajo probados, y ayuda a probar nuevas funciones de IA con casos reales antes de su implantación. Hace al equipo responsable de las herramientas comentarios precisos sobre errores y funciones que faltan.",
        ],
    },
    # --- Habilidades humanas -----------------------------------------------
    {
        "code": "empathy",
        "category": "human-skills",
        "name": "Empatía y conexión auténtica",
        "description": "Darse cuenta de cómo se siente un cliente, responder a ello con sinceridad y dejar que eso influya en cómo se gestiona el problema. Cuando los contactos rutinarios pasan a la IA, esto es lo que los clientes más quieren de una persona: que se les trate como individuos y no como un ticket.",
        "qa_behaviour": False,
        "levels": [
            "Usa el nombre del cliente, responde con cortesía a las emociones expresadas con claridad y evita las frases de compasión prefabricadas que no encajan con lo que ha dicho el cliente.",
            "Capta las señales emocionales en el tono de voz o en la redacción, las refleja con sus propias palabras y ajusta el ritmo y el enfoque, por ejemplo yendo más despacio con un cliente preocupado.",
            "Crea una conexión auténtica en conversaciones difíciles con clientes enfadados, en duelo o vulnerables, mantiene la calma bajo presión y da pasos prácticos que demuestran que se ha tomado en serio la situación de la persona, como programar una llamada de seguimiento o marcar el caso para darle apoyo adicional.",
            "Forma a sus compañeros en respuestas empáticas a partir de conversaciones reales anonimizadas, y propone cambios en políticas, plantillas o textos redactados por la IA que resultan fríos o displicentes.",
        ],
    },
    {
        "code": "problem-solving",
        "category": "human-skills",
        "name": "Resolución de problemas",
        "description": "Averiguar qué falla realmente y encontrar una solución viable, sobre todo en los problemas poco habituales, con varias partes o que afectan a varios sistemas y que llegan a una persona después de que el agente de IA no haya podido resolverlos. Combina preguntas estructuradas, comprobación de las pruebas y buen criterio para elegir entre opciones.",
        "qa_behaviour": False,
        "levels": [
            "Sigue en orden los pasos de resolución de problemas de la base de conocimiento, anota lo que se ha probado y escala cuando se agotan los pasos documentados.",
            "Hace preguntas específicas para acotar la causa, comprueba los datos de la cuenta y los registros del sistema en lugar de fiarse de la primera descripción del cliente o del resumen de la IA, y resuelve la mayoría de los problemas habituales en el primer contacto.",
            "Resuelve problemas poco habituales o con varias partes que no tienen una solución documentada: prueba las causas probables, recurre a otros equipos cuando es necesario y elige la opción que mejor equilibra las necesidades del cliente con la política y el coste.",
            "Identifica causas de fondo recurrentes en distintos casos y redacta o actualiza artículos de conocimiento para que tanto sus compañeros como el agente de IA puedan resolverlas. Forma a sus compañeros en el diagnóstico estructurado.",
        ],
    },
    {
        "code": "consultative",
        "category": "human-skills",
        "name": "Habilidades de asesoramiento",
        "description": "Entender los objetivos más amplios de un cliente y aconsejarle la mejor opción para él, en lugar de limitarse a responder a la pregunta literal. Incluye recomendar productos, planes o cambios con honestidad, y solo cuando de verdad encajan.",
        "qa_behaviour": False,
        "levels": [
            "Responde por completo a la pregunta del cliente y menciona las opciones pertinentes de la base de conocimiento cuando el cliente pregunta por ellas.",
            "Hace una o dos preguntas abiertas sobre cómo usa el cliente el producto o servicio, y sugiere una opción que encaja con lo que ha descrito, explicando su principal ventaja e inconveniente.",
            "Explora la situación y los objetivos del cliente, compara las opciones con honestidad (incluso cuando el mejor consejo es no cambiar nada o pasar a un plan más barato) y acuerda una recomendación clara que el cliente pueda poner en práctica.",
            "Forma a sus compañeros en preguntas de exploración y recomendaciones honestas, y transmite las necesidades habituales de los clientes a los equipos de producto y de IA para que el autoservicio pueda ofrecer opciones mejor ajustadas.",
        ],
    },
    # --- Comportamientos de habilidades interpersonales (QA) ---------------
    {
        "code": "qa-greeting-ownership",
        "category": "qa-behaviours",
        "name": "Saludo cálido y responsabilidad",
        "description": "Abrir la conversación con calidez y dejar claro que el empleado asume la responsabilidad de ayudar, también justo después de un traspaso de un agente de IA. El cliente debe saber con quién está hablando y que su problema está ahora en buenas manos.",
        "qa_behaviour": True,
        "levels": [
            "Saluda al cliente con la apertura estándar, dice su nombre y responde dentro del tiempo objetivo del canal.",
            "Saluda con un tono natural y cercano, adecuado al canal, y expresa pronto que se hace cargo, por ejemplo «Yo me encargo de esto».",
            "Adapta la apertura al contexto, por ejemplo mencionando la conversación anterior con el agente de IA o un contacto previo, y mantiene la responsabilidad hasta el final, haciendo personalmente el seguimiento de las acciones o traspasando el caso a un compañero concreto.",
            "Comparte buenos ejemplos de apertura en las sesiones de calibración del equipo y ayuda a mejorar las pautas de saludo y los mensajes de traspaso de la IA para que los clientes sepan que una persona se ha hecho cargo de su caso.",
        ],
    },
    {
        "code": "qa-active-listening",
        "category": "qa-behaviours",
        "name": "Escucha activa",
        "description": "Captar todo lo que el cliente dice o escribe y demostrar que se ha escuchado. Por teléfono significa no interrumpir; por chat y correo electrónico, leer el mensaje completo, y cualquier transcripción de la IA, antes de responder.",
        "qa_behaviour": True,
        "levels": [
            "Deja que el cliente termine sin interrumpirlo y responde a la pregunta que el cliente ha hecho realmente, no a una parecida.",
            "Resume el problema al cliente para confirmarlo y no pide información que el cliente ya haya dado o que ya figure en la transcripción de la IA.",
            "Capta los detalles que se mencionan de pasada, como un plazo, un segundo problema o un cambio de circunstancias, y se ocupa de ellos sin que se lo pidan.",
            "Usa ejemplos reales en las sesiones de formación para mostrar a sus compañeros cómo una escucha atenta cambió un resultado, y propone cambios en los guiones o en los resúmenes de la IA que hacen que se pregunte lo mismo dos veces a los clientes.",
        ],
    },
    {
        "code": "qa-acknowledging-feelings",
        "category": "qa-behaviours",
        "name": "Reconocimiento de los sentimientos",
        "description": "Reconocer y nombrar los sentimientos del cliente de forma sincera y concreta antes de pasar a la solución. Convierte una respuesta puramente transaccional en una que demuestra que se ha entendido al cliente.",
        "qa_behaviour": True,
        "levels": [
            "Incluye un reconocimiento cuando el cliente expresa una emoción clara, por ejemplo «Siento mucho que esto haya sido tan frustrante».",
            "Adapta los reconocimientos a lo que ha dicho el cliente, por ejemplo mencionando el paquete que no llegó a tiempo para un cumpleaños, en lugar de usar una frase genérica.",
            "Percibe sentimientos no expresados, como la preocupación detrás de un correo electrónico breve y formal, los reconoce en el momento oportuno sin excederse y vincula el reconocimiento a una acción concreta.",
            "Forma a sus compañeros en un reconocimiento sincero y concreto a partir de ejemplos reales, y mejora las plantillas y las frases sugeridas por la IA que suenan a fórmula.",
        ],
    },
    {
        "code": "qa-plain-language",
        "category": "qa-behaviours",
        "name": "Explicación en lenguaje claro",
        "description": "Explicar políticas, procesos y detalles técnicos con palabras que el cliente entiende, sin jerga interna, códigos del sistema ni extensión innecesaria. Se aplica por igual a la redacción propia del empleado y a los textos redactados por la IA que envía.",
        "qa_behaviour": True,
        "levels": [
            "No incluye códigos ni siglas internos en las respuestas, y reformula una explicación cuando el cliente dice que no la entiende.",
            "Explica los procesos con frases breves y claras o con pasos numerados, y elimina la jerga y el relleno de las respuestas redactadas por la IA antes de enviarlas.",
            "Ajusta el nivel de detalle a cada cliente, por ejemplo dando los detalles técnicos a un cliente con conocimientos y solo el siguiente paso a un cliente estresado, y comprueba que se le ha entendido sin resultar condescendiente.",
            "Reescribe en lenguaje claro artículos de conocimiento, plantillas o pautas de respuesta de la IA, y forma a sus compañeros con ejemplos de antes y después.",
        ],
    },
    {
        "code": "qa-accurate-diagnosis",
        "category": "qa-behaviours",
        "name": "Diagnóstico preciso",
        "description": "Identificar correctamente el problema real del cliente antes de actuar, usando preguntas, comprobaciones de la cuenta y el historial de la conversación, incluido todo lo que el agente de IA ya haya recopilado o intentado. Un diagnóstico correcto evita soluciones equivocadas y contactos repetidos.",
        "qa_behaviour": True,
        "levels": [
            "Revisa la cuenta del cliente y su historial de contactos recientes antes de proponer una solución, y hace las preguntas de diagnóstico estándar para el tipo de contacto.",
            "Confirma la causa con pruebas de los sistemas en lugar de aceptar la primera explicación del cliente o del resumen de la IA, y registra el diagnóstico con claridad en las notas del caso.",
            "Diagnostica correctamente problemas poco habituales o con varias partes separando los síntomas de las causas, y detecta cuándo un diagnóstico anterior del agente de IA o de un compañero era erróneo.",
            "Revisa los contactos repetidos para encontrar diagnósticos erróneos frecuentes, actualiza las guías de diagnóstico y forma a sus compañeros en las preguntas y comprobaciones que revelan la causa real.",
        ],
    },
    {
        "code": "qa-clear-expectations",
        "category": "qa-behaviours",
        "name": "Fijar expectativas claras",
        "description": "Decirle al cliente exactamente qué pasará después, quién lo hará y para cuándo, y ser honesto sobre lo que no es posible. Unas expectativas claras evitan que el cliente tenga que volver a contactar para preguntar y que se incumplan promesas.",
        "qa_behaviour": True,
        "levels": [
            "Le dice al cliente el siguiente paso antes de terminar la conversación, usando los plazos estándar de la base de conocimiento.",
            "Indica quién hará qué y para cuándo, da un número de referencia, evita prometer nada que no dependa de él y corrige cualquier promesa anterior del agente de IA que no se pueda cumplir.",
            "Fija expectativas realistas en situaciones difíciles, como retrasos o una negativa, explica el motivo y las opciones, y se pone en contacto con el cliente de forma proactiva cuando un plazo no se va a cumplir.",
            "Identifica dónde las políticas, las plantillas o las respuestas de la IA crean expectativas que la operación no puede cumplir, propone soluciones y forma a sus compañeros para comunicar con claridad las malas noticias.",
        ],
    },
    {
        "code": "qa-positive-language",
        "category": "qa-behaviours",
        "name": "Lenguaje positivo",
        "description": "Plantear las respuestas en torno a lo que se puede hacer y no a lo que no se puede, sin ocultar las malas noticias ni sonar forzado. El tono se mantiene respetuoso y constructivo por igual en el chat, el teléfono y el correo electrónico.",
        "qa_behaviour": True,
        "levels": [
            "Evita las frases que culpan, desestiman o suenan negativas, como «eso no es de mi departamento» o «tendrías que haber…».",
            "Reformula las limitaciones como opciones, por ejemplo «lo que sí puedo hacer es…», y mantiene un tono tranquilo y cortés cuando el cliente está frustrado.",
            "Usa un planteamiento positivo con naturalidad sin dejar de ser honesto ante las malas noticias, y adapta el tono al cliente y al canal para que nunca suene a guion ni a un entusiasmo excesivo.",
            "Forma a sus compañeros en formulaciones constructivas con ejemplos reales, y mejora las plantillas y los textos sugeridos por la IA que resultan negativos o falsamente optimistas.",
        ],
    },
    {
        "code": "qa-confirming-resolution",
        "category": "qa-behaviours",
        "name": "Confirmación de la resolución",
        "description": "Comprobar con el cliente que el problema está realmente resuelto, o que tiene claros los pasos pendientes, antes de cerrar. Es el cliente, y no el estado del caso, quien decide si el problema está solucionado.",
        "qa_behaviour": True,
        "levels": [
            "Pregunta al cliente si su problema se ha resuelto antes de cerrar la conversación.",
            "Resume lo que se ha hecho y confirma con el cliente que ha funcionado, por ejemplo pidiéndole que vuelva a intentar iniciar sesión mientras sigue en la llamada o en el chat.",
            "Prueba la solución siempre que es posible, comprueba si hay problemas relacionados con los que el cliente probablemente se encontrará después y no cierra el caso hasta que el cliente confirma que está resuelto o se acuerdan los pasos pendientes.",
            "Analiza los casos reabiertos para encontrar dónde se confirmó la resolución demasiado pronto, mejora las pautas de cierre para sus compañeros y para el agente de IA, y forma a sus compañeros en la confirmación de los resultados.",
        ],
    },
    {
        "code": "qa-respectful-close",
        "category": "qa-behaviours",
        "name": "Un cierre respetuoso",
        "description": "Terminar la conversación con cortesía, de modo que el cliente sepa cómo volver a ponerse en contacto y sienta que se ha valorado su tiempo. Un buen cierre no tiene prisa, aunque las colas estén llenas.",
        "qa_behaviour": True,
        "levels": [
            "Da las gracias al cliente y usa la despedida estándar, sin terminar el chat o la llamada de forma brusca.",
            "Ofrece más ayuda, le da al cliente una forma de volver a contactar, como un número de referencia o una vía directa, y deja que sea el cliente quien termine la llamada o el chat cuando corresponde.",
            "Cierra de forma personal y sincera, reflejando la conversación, por ejemplo haciendo referencia a la situación del cliente, y deja una buena impresión final incluso después de un contacto difícil o no resuelto.",
            "Comparte ejemplos de cierres eficaces en las sesiones de calibración del equipo y ayuda a mejorar las pautas de cierre y las despedidas del agente de IA para que suenen cálidas y coherentes.",
        ],
    },
]
