// Check before you send: five drafts an AI co-pilot wrote for a contact-centre
// agent. For each, the learner decides what to do with it and reads why.
// Talks to the LMS through the SCORM 2004 runtime API; works without one too
// (nothing is saved then).
(function () {
  "use strict";

  var SEND = "send", EDIT = "edit", STOP = "stop";
  var PASSING = 0.8;

  var TEXT = {
    en: {
      title: "Check before you send",
      intro: "An AI co-pilot drafts replies for you. It writes fluently and fast, and it can be wrong in ways that sound right. For each draft, decide what you would do with it.",
      start: "Start", next: "Next draft", again: "Try again", leave: "Save and leave",
      of: "Draft {n} of {total}", customer: "The customer wrote", source: "Your knowledge base says", draft: "The co-pilot's draft",
      choices: { send: "Send it as it is", edit: "Edit it before sending", stop: "Don't send it: hand over or get approval" },
      right: "Good call.", wrong: "Not quite.",
      result: "You judged {right} of {total} drafts well.", passed: "You passed: you check drafts against the source, the customer and your authority.", failed: "Not passed yet. Read the explanations again and try once more: you need 4 of 5.",
      saved: "Saved. You can close this and come back later.", resumed: "Welcome back: you are on draft {n}."
    },
    es: {
      title: "Revisa antes de enviar",
      intro: "Un copiloto de IA te redacta respuestas. Escribe con fluidez y rapidez, y puede equivocarse de formas que suenan bien. Para cada borrador, decide qué harías con él.",
      start: "Empezar", next: "Siguiente borrador", again: "Intentarlo de nuevo", leave: "Guardar y salir",
      of: "Borrador {n} de {total}", customer: "El cliente escribió", source: "Tu base de conocimiento dice", draft: "El borrador del copiloto",
      choices: { send: "Enviarlo tal cual", edit: "Editarlo antes de enviarlo", stop: "No enviarlo: derivar o pedir aprobación" },
      right: "Bien visto.", wrong: "No del todo.",
      result: "Has valorado bien {right} de {total} borradores.", passed: "Has aprobado: compruebas los borradores con la fuente, el cliente y tu autorización.", failed: "Aún no has aprobado. Vuelve a leer las explicaciones e inténtalo otra vez: necesitas 4 de 5.",
      saved: "Guardado. Puedes cerrar y volver más tarde.", resumed: "Bienvenido de nuevo: estás en el borrador {n}."
    },
    fr: {
      title: "Vérifier avant d’envoyer",
      intro: "Un copilote IA rédige des réponses pour vous. Il écrit vite et bien, et il peut se tromper d’une manière qui paraît juste. Pour chaque brouillon, décidez ce que vous en feriez.",
      start: "Commencer", next: "Brouillon suivant", again: "Recommencer", leave: "Enregistrer et quitter",
      of: "Brouillon {n} sur {total}", customer: "Le client a écrit", source: "Votre base de connaissances dit", draft: "Le brouillon du copilote",
      choices: { send: "L’envoyer tel quel", edit: "Le modifier avant l’envoi", stop: "Ne pas l’envoyer : transférer ou demander une validation" },
      right: "Bien vu.", wrong: "Pas tout à fait.",
      result: "Vous avez bien jugé {right} brouillons sur {total}.", passed: "Réussi : vous vérifiez les brouillons au regard de la source, du client et de votre délégation.", failed: "Pas encore réussi. Relisez les explications et réessayez : il faut 4 sur 5.",
      saved: "Enregistré. Vous pouvez fermer et revenir plus tard.", resumed: "Bon retour : vous en êtes au brouillon {n}."
    }
  };

  var DRAFTS = [
    {
      id: "return-window", answer: EDIT,
      en: {
        customer: "Hi, I bought a kettle three weeks ago and it leaks. Can I still return it?",
        source: "Returns: 30 days from delivery for a refund. Faulty items: repair or replacement for 12 months.",
        draft: "Yes! You have 60 days to return any item for a full refund, no questions asked.",
        why: "The kettle can be returned, but the draft invents a 60-day, no-questions policy. Language models write what is likely to sound right, not what your policy says. Correct the detail from the source (30 days; and as it is faulty, a replacement is also open to them) before sending."
      },
      es: {
        customer: "Hola, compré un hervidor hace tres semanas y pierde agua. ¿Todavía puedo devolverlo?",
        source: "Devoluciones: 30 días desde la entrega para un reembolso. Artículos defectuosos: reparación o sustitución durante 12 meses.",
        draft: "¡Sí! Tienes 60 días para devolver cualquier artículo con reembolso completo, sin preguntas.",
        why: "El hervidor se puede devolver, pero el borrador se inventa una política de 60 días sin preguntas. Los modelos de lenguaje escriben lo que suena probable, no lo que dice tu política. Corrige el dato con la fuente (30 días; y al ser defectuoso, también puede pedir una sustitución) antes de enviar."
      },
      fr: {
        customer: "Bonjour, j’ai acheté une bouilloire il y a trois semaines et elle fuit. Puis-je encore la retourner ?",
        source: "Retours : 30 jours après la livraison pour un remboursement. Articles défectueux : réparation ou remplacement pendant 12 mois.",
        draft: "Oui ! Vous avez 60 jours pour retourner tout article avec remboursement intégral, sans justification.",
        why: "La bouilloire peut être retournée, mais le brouillon invente une politique de 60 jours sans justification. Un modèle de langage écrit ce qui semble probable, pas ce que dit votre politique. Corrigez le détail d’après la source (30 jours ; et comme elle est défectueuse, un remplacement est aussi possible) avant d’envoyer."
      }
    },
    {
      id: "password-reset", answer: SEND,
      en: {
        customer: "I can't log in to the app, I think I forgot my password.",
        source: "Password reset: tap “Forgot password?” on the sign-in screen, enter your e-mail, and follow the link we send (valid for 1 hour).",
        draft: "Sorry you're locked out! On the sign-in screen, tap “Forgot password?”, enter your e-mail address, and open the link we send you. It works for one hour, so use it soon.",
        why: "The draft matches the source step by step and adds nothing it does not say. Checking a draft does not mean rewriting it: when it is accurate, clear and kind, send it and move on."
      },
      es: {
        customer: "No puedo entrar en la app, creo que he olvidado la contraseña.",
        source: "Restablecer contraseña: pulsa «¿Has olvidado la contraseña?» en la pantalla de acceso, escribe tu correo y sigue el enlace que enviamos (válido 1 hora).",
        draft: "¡Siento que no puedas entrar! En la pantalla de acceso, pulsa «¿Has olvidado la contraseña?», escribe tu correo y abre el enlace que te enviamos. Funciona durante una hora, así que úsalo pronto.",
        why: "El borrador coincide paso a paso con la fuente y no añade nada que ella no diga. Revisar un borrador no es reescribirlo: si es correcto, claro y amable, envíalo y sigue."
      },
      fr: {
        customer: "Je n’arrive plus à me connecter à l’application, je crois que j’ai oublié mon mot de passe.",
        source: "Réinitialisation : touchez « Mot de passe oublié ? » sur l’écran de connexion, saisissez votre e-mail et suivez le lien envoyé (valable 1 heure).",
        draft: "Désolé que vous soyez bloqué ! Sur l’écran de connexion, touchez « Mot de passe oublié ? », saisissez votre adresse e-mail et ouvrez le lien que nous vous envoyons. Il est valable une heure : utilisez-le rapidement.",
        why: "Le brouillon suit la source étape par étape et n’ajoute rien qu’elle ne dise. Vérifier un brouillon ne veut pas dire le réécrire : s’il est exact, clair et aimable, envoyez-le."
      }
    },
    {
      id: "bereavement", answer: EDIT,
      en: {
        customer: "My dad passed away last month. I need to close his account. I don't know what I'm supposed to do.",
        source: "Bereavement: we need the death certificate or a solicitor's letter. Offer the bereavement line. Do not offer sales or retention deals.",
        draft: "Great news! Before you close the account, did you know we can move the plan to your name with 3 months free?",
        why: "The co-pilot picked a retention template and missed what matters: a grieving person who does not know what to do. AI can match words without noticing feelings. Rewrite it: acknowledge the loss, explain the one document needed, and offer the bereavement line. No offers."
      },
      es: {
        customer: "Mi padre falleció el mes pasado. Tengo que cerrar su cuenta. No sé qué tengo que hacer.",
        source: "Fallecimiento: necesitamos el certificado de defunción o una carta de un abogado. Ofrece la línea de fallecimientos. No ofrezcas ventas ni ofertas de retención.",
        draft: "¡Buenas noticias! Antes de cerrar la cuenta, ¿sabías que podemos pasar el plan a tu nombre con 3 meses gratis?",
        why: "El copiloto eligió una plantilla de retención y pasó por alto lo importante: una persona en duelo que no sabe qué hacer. La IA puede encajar palabras sin notar sentimientos. Reescríbelo: reconoce la pérdida, explica el único documento necesario y ofrece la línea de fallecimientos. Sin ofertas."
      },
      fr: {
        customer: "Mon père est décédé le mois dernier. Je dois fermer son compte. Je ne sais pas ce que je dois faire.",
        source: "Décès : il nous faut l’acte de décès ou un courrier du notaire. Proposez la ligne dédiée aux décès. Aucune offre commerciale ni de fidélisation.",
        draft: "Bonne nouvelle ! Avant de fermer le compte, saviez-vous que nous pouvons transférer l’abonnement à votre nom avec 3 mois offerts ?",
        why: "Le copilote a choisi un modèle de fidélisation et manqué l’essentiel : une personne en deuil qui ne sait pas quoi faire. Une IA peut assortir des mots sans percevoir les émotions. Réécrivez : reconnaissez la perte, expliquez le seul document nécessaire et proposez la ligne dédiée. Aucune offre."
      }
    },
    {
      id: "refund-authority", answer: STOP,
      en: {
        customer: "The sofa arrived ripped. I want my £450 back today.",
        source: "Refunds over £200 need a team leader's approval in the refunds tool before the customer is told they are issued.",
        draft: "I'm so sorry about the sofa. I've issued a full refund of £450; you'll see it in 3–5 working days.",
        why: "The draft says a refund has been issued when nothing has been done, and for an amount above your authority. Models can describe actions that never happened. Don't send it: request the approval, and tell the customer honestly what happens next and when."
      },
      es: {
        customer: "El sofá llegó roto. Quiero que me devolváis los 450 € hoy.",
        source: "Los reembolsos de más de 200 € necesitan la aprobación de un jefe de equipo en la herramienta de reembolsos antes de decir al cliente que se han emitido.",
        draft: "Siento mucho lo del sofá. He emitido un reembolso completo de 450 €; lo verás en 3–5 días laborables.",
        why: "El borrador afirma que se ha emitido un reembolso cuando no se ha hecho nada, y por un importe por encima de tu autorización. Los modelos pueden describir acciones que nunca ocurrieron. No lo envíes: pide la aprobación y di al cliente con honestidad qué pasará y cuándo."
      },
      fr: {
        customer: "Le canapé est arrivé déchiré. Je veux être remboursé de mes 450 € aujourd’hui.",
        source: "Les remboursements de plus de 200 € exigent la validation d’un chef d’équipe dans l’outil de remboursement avant d’annoncer au client qu’ils sont effectués.",
        draft: "Je suis vraiment désolé pour le canapé. J’ai effectué un remboursement intégral de 450 € ; vous le verrez sous 3 à 5 jours ouvrés.",
        why: "Le brouillon annonce un remboursement effectué alors que rien n’a été fait, et pour un montant au-delà de votre délégation. Un modèle peut décrire des actions qui n’ont jamais eu lieu. Ne l’envoyez pas : demandez la validation, et dites honnêtement au client ce qui va se passer et quand."
      }
    },
    {
      id: "card-number", answer: EDIT,
      en: {
        customer: "You charged my card twice! The card is 4929 1234 5678 9012.",
        source: "Never repeat or store full card numbers in messages. Refer to a card by its last four digits only.",
        draft: "Sorry about the double charge on card 4929 1234 5678 9012. I've asked billing to check both payments.",
        why: "The draft copies the full card number back into the conversation, where it will be stored and seen again. The co-pilot reuses what it was given; it does not know your data rules. Keep the reply, but refer to the card as “ending 9012”, and follow your process for messages that contain card numbers."
      },
      es: {
        customer: "¡Me habéis cobrado dos veces en la tarjeta! La tarjeta es 4929 1234 5678 9012.",
        source: "Nunca repitas ni guardes números de tarjeta completos en los mensajes. Nombra la tarjeta solo por sus cuatro últimas cifras.",
        draft: "Siento el doble cargo en la tarjeta 4929 1234 5678 9012. He pedido a facturación que revise los dos pagos.",
        why: "El borrador vuelve a copiar el número completo de la tarjeta en la conversación, donde quedará guardado y se verá de nuevo. El copiloto reutiliza lo que recibe; no conoce tus normas sobre datos. Mantén la respuesta, pero nombra la tarjeta como «acabada en 9012» y sigue tu procedimiento para mensajes con números de tarjeta."
      },
      fr: {
        customer: "Vous avez débité ma carte deux fois ! La carte est 4929 1234 5678 9012.",
        source: "Ne jamais répéter ni conserver un numéro de carte complet dans les messages. Désigner la carte par ses quatre derniers chiffres uniquement.",
        draft: "Désolé pour le double débit sur la carte 4929 1234 5678 9012. J’ai demandé au service facturation de vérifier les deux paiements.",
        why: "Le brouillon recopie le numéro de carte complet dans la conversation, où il sera conservé et relu. Le copilote réutilise ce qu’on lui donne ; il ne connaît pas vos règles sur les données. Gardez la réponse, mais désignez la carte comme « se terminant par 9012 », et suivez votre procédure pour les messages contenant un numéro de carte."
      }
    }
  ];

  // --- The SCORM 2004 API, found the standard way: this window, its parents, the opener.
  function findApi(win) {
    var tries = 0;
    while (win && tries < 10) {
      try {
        if (win.API_1484_11) return win.API_1484_11;
      } catch (e) { /* another origin */ }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
      tries += 1;
    }
    try {
      if (window.opener && window.opener.API_1484_11) return window.opener.API_1484_11;
    } catch (e) { /* another origin */ }
    return null;
  }

  var api = findApi(window);
  var connected = !!(api && api.Initialize("") === "true");
  function get(name) { return connected ? api.GetValue(name) : ""; }
  function set(name, value) { if (connected) api.SetValue(name, String(value)); }
  function commit() { if (connected) api.Commit(""); }

  var language = (get("cmi.learner_preference.language") || navigator.language || "en").slice(0, 2).toLowerCase();
  if (!TEXT[language]) language = "en";
  var t = TEXT[language];
  document.documentElement.lang = language;
  document.title = t.title;

  var state = { index: 0, answers: [] };
  var resumed = false;
  try {
    var saved = JSON.parse(get("cmi.suspend_data") || "null");
    if (saved && Array.isArray(saved.answers)) {
      state = { index: Math.min(saved.index | 0, DRAFTS.length), answers: saved.answers.slice(0, DRAFTS.length) };
      resumed = get("cmi.entry") === "resume";
    }
  } catch (e) { /* start afresh */ }
  var started = new Date();
  var finished = false;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_m, key) { return String(values[key]); });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function duration() {
    var seconds = Math.max(0, Math.round((new Date() - started) / 1000));
    return "PT" + seconds + "S";
  }

  function save() {
    set("cmi.suspend_data", JSON.stringify(state));
    set("cmi.location", String(state.index));
    if (!finished) set("cmi.completion_status", "incomplete");
    commit();
  }

  function record(index, choice) {
    var item = DRAFTS[index];
    var n = index;
    set("cmi.interactions." + n + ".id", item.id);
    set("cmi.interactions." + n + ".type", "choice");
    set("cmi.interactions." + n + ".learner_response", choice);
    set("cmi.interactions." + n + ".result", choice === item.answer ? "correct" : "incorrect");
  }

  function right() {
    return state.answers.filter(function (answer, i) { return answer === DRAFTS[i].answer; }).length;
  }

  function leave() {
    save();
    set("cmi.exit", "suspend");
    set("cmi.session_time", duration());
    if (connected) api.Terminate("");
    connected = false;
    render(el("p", { class: "note", text: t.saved }));
  }

  function render(node) {
    var app = document.getElementById("app");
    app.replaceChildren(node);
  }

  function leaveButton() {
    var button = el("button", { type: "button", class: "quiet", text: t.leave });
    button.addEventListener("click", leave);
    return button;
  }

  function showIntro() {
    var start = el("button", { type: "button", text: t.start });
    start.addEventListener("click", function () { showDraft(); });
    render(el("section", {}, [el("h1", { text: t.title }), el("p", { text: t.intro }), start]));
  }

  // note: a line to show above the draft (the welcome back), kept until the next step.
  function showDraft(note) {
    if (state.index >= DRAFTS.length) return showResult();
    var item = DRAFTS[state.index];
    var words = item[language];
    var answered = state.answers[state.index];
    var heading = el("h2", { text: fill(t.of, { n: state.index + 1, total: DRAFTS.length }), tabindex: "-1" });
    var parts = [
      note ? el("p", { class: "note", text: note }) : null,
      heading,
      el("h3", { text: t.customer }), el("blockquote", { class: "customer", text: words.customer }),
      el("h3", { text: t.source }), el("p", { class: "source", text: words.source }),
      el("h3", { text: t.draft }), el("blockquote", { class: "draft", text: words.draft })
    ];
    var group = el("div", { class: "choices", role: "group", "aria-label": t.draft });
    [SEND, EDIT, STOP].forEach(function (choice) {
      var button = el("button", { type: "button", "data-choice": choice, text: t.choices[choice] });
      if (answered) button.disabled = true;
      if (answered === choice) button.setAttribute("aria-pressed", "true");
      button.addEventListener("click", function () {
        state.answers[state.index] = choice;
        record(state.index, choice);
        save();
        showDraft();
      });
      group.appendChild(button);
    });
    parts.push(group);
    if (answered) {
      var good = answered === item.answer;
      parts.push(el("p", { class: good ? "feedback good" : "feedback", role: "status" }, [
        el("strong", { text: (good ? t.right : t.wrong) + " " }),
        document.createTextNode(words.why)
      ]));
      var next = el("button", { type: "button", text: t.next });
      next.addEventListener("click", function () {
        state.index += 1;
        save();
        showDraft();
      });
      parts.push(next);
    }
    parts.push(leaveButton());
    render(el("section", {}, parts.filter(Boolean)));
    heading.focus();
  }

  function showResult() {
    var score = right() / DRAFTS.length;
    var passed = score >= PASSING;
    finished = true;
    set("cmi.score.raw", right());
    set("cmi.score.min", 0);
    set("cmi.score.max", DRAFTS.length);
    set("cmi.score.scaled", score.toFixed(2));
    set("cmi.completion_status", "completed");
    set("cmi.success_status", passed ? "passed" : "failed");
    set("cmi.exit", "normal");
    save();
    var again = el("button", { type: "button", text: t.again });
    again.addEventListener("click", function () {
      state = { index: 0, answers: [] };
      finished = false;
      save();
      showDraft();
    });
    render(el("section", {}, [
      el("h2", { text: fill(t.result, { right: right(), total: DRAFTS.length }) }),
      el("p", { class: passed ? "feedback good" : "feedback", text: passed ? t.passed : t.failed }),
      passed ? el("span") : again
    ]));
  }

  window.addEventListener("pagehide", function () {
    if (!connected) return;
    save();
    set("cmi.exit", finished ? "normal" : "suspend");
    set("cmi.session_time", duration());
    api.Terminate("");
    connected = false;
  });

  if (resumed && state.index < DRAFTS.length) {
    showDraft(fill(t.resumed, { n: state.index + 1 }));
  } else if (state.index >= DRAFTS.length) {
    showResult();
  } else {
    showIntro();
  }
})();
