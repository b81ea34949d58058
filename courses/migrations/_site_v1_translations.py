"""The home and catalog pages in Spanish and French, as first installed (see
0002_create_homepage in lms and 0003_catalog_review_and_roles)."""

HOME = {
    "es": {
        "title": "Human Edge Academy",
        "intro": (
            "Aprende cómo funcionan los agentes de IA y dónde fallan, cuándo pasar una "
            "conversación a una persona y las habilidades humanas que ningún bot puede "
            "fingir: empatía, resolución de problemas y conversaciones de asesoramiento."
        ),
        "body": (
            "<h2>Por qué esta academia</h2>"
            "<p>Los clientes confían en un servicio cuando es honesto sobre lo que hace la IA "
            "y sobre cuándo interviene una persona. Aquí aprendes las dos cosas: "
            "alfabetización en IA, para trabajar con herramientas de IA con confianza y "
            "detectar sus errores, y las habilidades humanas que convierten un contacto "
            "difícil en un caso resuelto.</p>"
            "<h2>Cómo funciona</h2>"
            "<ul><li>Haz cursos breves a tu ritmo y sigue tu progreso.</li>"
            "<li>La formación que se te asigna siempre dice por qué, y puedes cuestionarla.</li>"
            "<li>Tus registros de bienestar son solo tuyos: nadie más los ve.</li></ul>"
        ),
    },
    "fr": {
        "title": "Human Edge Academy",
        "intro": (
            "Découvrez comment fonctionnent les agents IA et où ils échouent, quand confier "
            "une conversation à une personne, et les compétences humaines qu’aucun robot ne "
            "peut imiter : l’empathie, la résolution de problèmes et le conseil."
        ),
        "body": (
            "<h2>Pourquoi cette académie</h2>"
            "<p>Les clients font confiance à un service lorsqu’il est honnête sur ce que fait "
            "l’IA et sur le moment où une personne prend le relais. Vous apprenez ici les "
            "deux : la culture de l’IA, pour travailler avec les outils d’IA en confiance et "
            "repérer leurs erreurs, et les compétences humaines qui transforment un contact "
            "difficile en demande résolue.</p>"
            "<h2>Comment ça marche</h2>"
            "<ul><li>Suivez des cours courts à votre rythme et voyez votre progression.</li>"
            "<li>Toute formation qui vous est affectée dit pourquoi, et vous pouvez la "
            "contester.</li>"
            "<li>Vos bilans de bien-être n’appartiennent qu’à vous : personne d’autre ne "
            "les voit.</li></ul>"
        ),
    },
}

CATALOG = {
    "es": {
        "title": "Cursos",
        "intro": (
            "Cursos breves sobre cómo funcionan y fallan los agentes de IA, sobre cómo "
            "trabajar con tu copiloto de IA y sobre las habilidades humanas que más valoran "
            "los clientes."
        ),
    },
    "fr": {
        "title": "Cours",
        "intro": (
            "Des cours courts sur le fonctionnement et les défaillances des agents IA, sur "
            "le travail avec votre copilote IA et sur les compétences humaines que les "
            "clients apprécient le plus."
        ),
    },
}
