/*
 * The SCORM run-time API, in the SCO's own window.
 *
 * Reads window.HEA_PACKAGE ({version, sco, cmi, commitUrl}) and defines
 * window.API (SCORM 1.2) or window.API_1484_11 (SCORM 2004), only the one of
 * the package's version. GetValue answers from a local copy of the data
 * model; SetValue checks the element and its value as the data model of the
 * version says (the server checks again: packages/scorm/cmi.py holds the same
 * tables) and keeps it; Commit, Finish and Terminate post every value written
 * in this session to the server. After each answer of the server, the parent
 * page is told the SCO's status. Nothing here ever throws into the SCO.
 */
(() => {
  "use strict";

  const config = window.HEA_PACKAGE;
  if (!config || typeof config !== "object" || (config.kind && config.kind !== "scorm")) {
    return;
  }
  const V12 = "1.2";
  const V2004 = "2004";
  const version = config.version === V12 ? V12 : V2004;

  // ---------------------------------------------------------------- value types
  // A check returns null when the value fits, else "type", "length" or "range".

  const MAX_STORED_CHARS = 1000000;
  // The most one save may carry, in bytes of JSON: the server takes 256 KiB
  // (packages/views.py, MAX_BODY); a little is left for the rest of the body.
  const MAX_BODY_BYTES = 261000;
  const SPACE_OR_CONTROL = /[\x00-\x20\x7f]/;
  const INDEX = /^(?:0|[1-9][0-9]{0,5})$/;
  const DECIMAL_12 = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
  const INTEGER_12 = /^-?[0-9]{1,6}$/;
  const REAL_2004 = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?$/;
  const TIMESPAN_12 = /^([0-9]{2,4}):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/;
  const TIME_12 = /^([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(\.[0-9]{1,2})?$/;
  const DURATION_2004 =
    /^P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\.[0-9]{1,2})?)S)?)?$/;
  const TIME_2004 = new RegExp(
    "^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])" +
      "(?:-(0[1-9]|1[0-2])" +
      "(?:-(0[1-9]|[12][0-9]|3[01])" +
      "(?:T([01][0-9]|2[0-3])" +
      "(?::([0-5][0-9])" +
      "(?::([0-5][0-9])(?:\\.[0-9]{1,2})?" +
      "(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?" +
      ")?)?)?)?)?$",
  );
  const LANGUAGE = /^(?:[a-zA-Z]{2,3}|[iIxX])(?:-[a-zA-Z0-9]{1,8})*$/;
  const LOCALIZED = /^\{lang=([^}]*)\}/;
  const FLAG = /^\{(case_matters|order_matters)=(true|false)\}/;
  const NAV_TARGET = /^\{target=([^}\x00-\x20]{1,4000})\}(choice|jump)$/;
  const NAV_VALID_TARGET = /^adl\.nav\.request_valid\.(?:choice|jump)\.\{target=[^}]*\}$/;

  // Characters as the server counts them (code points, not UTF-16 units).
  const longerThan = (value, limit) => {
    if (value.length <= limit) return false;
    let count = 0;
    for (const _ of value) {
      count += 1;
      if (count > limit) return true;
    }
    return false;
  };

  const text = (limit) => (value) => (longerThan(value, limit) ? "length" : null);
  const identifier = (limit) => (value) => {
    if (value === "" || SPACE_OR_CONTROL.test(value)) return "type";
    return longerThan(value, limit) ? "length" : null;
  };
  const vocabulary =
    (...words) =>
    (value) =>
      words.includes(value) ? null : "type";
  const decimal12 =
    (low = null, high = null, blank = false) =>
    (value) => {
      if (value === "" && blank) return null;
      if (value.length > 40 || !DECIMAL_12.test(value)) return "type";
      const number = Number(value);
      if ((low !== null && number < low) || (high !== null && number > high)) return "range";
      return null;
    };
  const integer12 = (low, high) => (value) => {
    if (!INTEGER_12.test(value)) return "type";
    const number = Number(value);
    return number >= low && number <= high ? null : "range";
  };
  const timespan12 = (value) => (TIMESPAN_12.test(value) ? null : "type");
  const time12 = (value) => (TIME_12.test(value) ? null : "type");
  const result12 = (value) => {
    if (["correct", "wrong", "unanticipated", "neutral"].includes(value)) return null;
    return value.length <= 40 && DECIMAL_12.test(value) ? null : "type";
  };
  const real =
    (low = null, high = null) =>
    (value) => {
      if (value.length > 40 || !REAL_2004.test(value)) return "type";
      const number = Number(value);
      if (!Number.isFinite(number)) return "type";
      if ((low !== null && number < low) || (high !== null && number > high)) return "range";
      return null;
    };
  const isReal = (value) => real()(value) === null;
  const result2004 = (value) =>
    ["correct", "incorrect", "unanticipated", "neutral"].includes(value) ? null : real()(value);
  const isDuration = (value) => {
    const match = DURATION_2004.exec(value);
    return Boolean(match) && match.slice(1).some((part) => part !== undefined) && !value.endsWith("T");
  };
  const duration2004 = (value) => (isDuration(value) ? null : "type");
  const time2004 = (value) => (TIME_2004.test(value) ? null : "type");
  const language = (value) => {
    if (value === "") return null;
    if (longerThan(value, 250)) return "length";
    return LANGUAGE.test(value) ? null : "type";
  };
  const localized = (limit) => (value) => {
    const match = LOCALIZED.exec(value);
    if (match) {
      if (!match[1] || language(match[1]) !== null) return "type";
      value = value.slice(match[0].length);
    }
    return longerThan(value, limit) ? "length" : null;
  };
  const NAV_REQUESTS = [
    "continue",
    "previous",
    "exit",
    "exitAll",
    "abandon",
    "abandonAll",
    "suspendAll",
    "_none_",
  ];
  const navRequest = (value) =>
    NAV_REQUESTS.includes(value) || NAV_TARGET.test(value) ? null : "type";

  // Interactions of SCORM 2004: responses and patterns by interaction type.
  const INTERACTION_TYPES_2004 = [
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
  ];
  const CORRECT_RESPONSES_2004 = {
    "true-false": 1,
    choice: 10,
    "fill-in": 5,
    "long-fill-in": 5,
    matching: 5,
    performance: 5,
    sequencing: 5,
    likert: 1,
    numeric: 1,
    other: 1,
  };
  const shortIdentifier = (value) =>
    value.length > 0 && !longerThan(value, 250) && !SPACE_OR_CONTROL.test(value);
  const partition = (value, separator) => {
    const at = value.indexOf(separator);
    return at < 0 ? [value, false, ""] : [value.slice(0, at), true, value.slice(at + separator.length)];
  };
  const stripFlags = (value, allowed) => {
    for (;;) {
      const match = FLAG.exec(value);
      if (!match) return value;
      if (!allowed.includes(match[1])) return null;
      value = value.slice(match[0].length);
    }
  };
  const interactionValue2004 = (kind, value, pattern) => {
    if (longerThan(value, 4000)) return "length";
    if (kind === "true-false") return value === "true" || value === "false" ? null : "type";
    if (kind === "choice" || kind === "sequencing") {
      if (value === "" && kind === "choice") return null;
      const items = value.split("[,]");
      if (!items.every(shortIdentifier)) return "type";
      if (kind === "choice" && new Set(items).size !== items.length) return "type";
      return null;
    }
    if (kind === "likert") return shortIdentifier(value) ? null : "type";
    if (kind === "matching") {
      for (const pair of value.split("[,]")) {
        const [source, found, target] = partition(pair, "[.]");
        if (!found || !shortIdentifier(source) || !shortIdentifier(target)) return "type";
      }
      return null;
    }
    if (kind === "numeric") {
      if (!pattern) return isReal(value) ? null : "type";
      const [low, found, high] = partition(value, "[:]");
      if (!found) return isReal(value) ? null : "type";
      if ((low && !isReal(low)) || (high && !isReal(high))) return "type";
      if (low && high && Number(low) > Number(high)) return "type";
      return null;
    }
    if (kind === "fill-in" || kind === "long-fill-in") {
      let rest = value;
      if (pattern) {
        const flags = kind === "fill-in" ? ["case_matters", "order_matters"] : ["case_matters"];
        rest = stripFlags(value, flags);
        if (rest === null) return "type";
      }
      const parts = kind === "fill-in" ? rest.split("[,]") : [rest];
      const check = localized(kind === "fill-in" ? 250 : 4000);
      for (const part of parts) {
        const reason = check(part);
        if (reason) return reason;
      }
      return null;
    }
    if (kind === "performance") {
      const rest = pattern ? stripFlags(value, ["order_matters"]) : value;
      if (rest === null) return "type";
      for (const step of rest.split("[,]")) {
        const [name, found, answer] = partition(step, "[.]");
        if (!found || (name && !shortIdentifier(name)) || longerThan(answer, 250)) return "type";
      }
      return null;
    }
    return null;
  };

  // ---------------------------------------------------------------- the data models
  // [access, check]; "n" stands for an index.

  const RO = ["ro", null];
  const rw = (check) => ["rw", check];
  const wo = (check) => ["wo", check];
  const STATUS_12 = ["passed", "completed", "failed", "incomplete", "browsed"];
  const SCORE_12 = decimal12(0, 100, true);

  const MODEL_12 = {
    "cmi._version": RO,
    "cmi.core._children": RO,
    "cmi.core.student_id": RO,
    "cmi.core.student_name": RO,
    "cmi.core.lesson_location": rw(text(255)),
    "cmi.core.credit": RO,
    "cmi.core.lesson_status": rw(vocabulary(...STATUS_12)),
    "cmi.core.entry": RO,
    "cmi.core.score._children": RO,
    "cmi.core.score.raw": rw(SCORE_12),
    "cmi.core.score.min": rw(SCORE_12),
    "cmi.core.score.max": rw(SCORE_12),
    "cmi.core.total_time": RO,
    "cmi.core.lesson_mode": RO,
    "cmi.core.exit": wo(vocabulary("time-out", "suspend", "logout", "")),
    "cmi.core.session_time": wo(timespan12),
    "cmi.suspend_data": rw(text(4096)),
    "cmi.launch_data": RO,
    "cmi.comments": rw(text(4096)),
    "cmi.comments_from_lms": RO,
    "cmi.objectives._children": RO,
    "cmi.objectives._count": RO,
    "cmi.objectives.n.id": rw(identifier(255)),
    "cmi.objectives.n.score._children": RO,
    "cmi.objectives.n.score.raw": rw(SCORE_12),
    "cmi.objectives.n.score.min": rw(SCORE_12),
    "cmi.objectives.n.score.max": rw(SCORE_12),
    "cmi.objectives.n.status": rw(vocabulary(...STATUS_12, "not attempted")),
    "cmi.student_data._children": RO,
    "cmi.student_data.mastery_score": RO,
    "cmi.student_data.max_time_allowed": RO,
    "cmi.student_data.time_limit_action": RO,
    "cmi.student_preference._children": RO,
    "cmi.student_preference.audio": rw(integer12(-1, 100)),
    "cmi.student_preference.language": rw(text(255)),
    "cmi.student_preference.speed": rw(integer12(-100, 100)),
    "cmi.student_preference.text": rw(integer12(-1, 1)),
    "cmi.interactions._children": RO,
    "cmi.interactions._count": RO,
    "cmi.interactions.n.id": wo(identifier(255)),
    "cmi.interactions.n.objectives._count": RO,
    "cmi.interactions.n.objectives.n.id": wo(identifier(255)),
    "cmi.interactions.n.time": wo(time12),
    "cmi.interactions.n.type": wo(
      vocabulary(
        "true-false",
        "choice",
        "fill-in",
        "matching",
        "performance",
        "sequencing",
        "likert",
        "numeric",
      ),
    ),
    "cmi.interactions.n.correct_responses._count": RO,
    "cmi.interactions.n.correct_responses.n.pattern": wo(text(255)),
    "cmi.interactions.n.weighting": wo(decimal12()),
    "cmi.interactions.n.student_response": wo(text(255)),
    "cmi.interactions.n.result": wo(result12),
    "cmi.interactions.n.latency": wo(timespan12),
  };

  const COMPLETION_2004 = ["completed", "incomplete", "not attempted", "unknown"];
  const SUCCESS_2004 = ["passed", "failed", "unknown"];
  const LONG_ID = identifier(4000);

  const MODEL_2004 = {
    "cmi._version": RO,
    "cmi.comments_from_learner._children": RO,
    "cmi.comments_from_learner._count": RO,
    "cmi.comments_from_learner.n.comment": rw(localized(4000)),
    "cmi.comments_from_learner.n.location": rw(text(250)),
    "cmi.comments_from_learner.n.timestamp": rw(time2004),
    "cmi.comments_from_lms._children": RO,
    "cmi.comments_from_lms._count": RO,
    "cmi.comments_from_lms.n.comment": RO,
    "cmi.comments_from_lms.n.location": RO,
    "cmi.comments_from_lms.n.timestamp": RO,
    "cmi.completion_status": rw(vocabulary(...COMPLETION_2004)),
    "cmi.completion_threshold": RO,
    "cmi.credit": RO,
    "cmi.entry": RO,
    "cmi.exit": wo(vocabulary("time-out", "suspend", "logout", "normal", "")),
    "cmi.interactions._children": RO,
    "cmi.interactions._count": RO,
    "cmi.interactions.n.id": rw(LONG_ID),
    "cmi.interactions.n.type": rw(vocabulary(...INTERACTION_TYPES_2004)),
    "cmi.interactions.n.objectives._count": RO,
    "cmi.interactions.n.objectives.n.id": rw(LONG_ID),
    "cmi.interactions.n.timestamp": rw(time2004),
    "cmi.interactions.n.correct_responses._count": RO,
    "cmi.interactions.n.correct_responses.n.pattern": rw(text(4000)),
    "cmi.interactions.n.weighting": rw(real()),
    "cmi.interactions.n.learner_response": rw(text(4000)),
    "cmi.interactions.n.result": rw(result2004),
    "cmi.interactions.n.latency": rw(duration2004),
    "cmi.interactions.n.description": rw(localized(250)),
    "cmi.launch_data": RO,
    "cmi.learner_id": RO,
    "cmi.learner_name": RO,
    "cmi.learner_preference._children": RO,
    "cmi.learner_preference.audio_level": rw(real(0)),
    "cmi.learner_preference.language": rw(language),
    "cmi.learner_preference.delivery_speed": rw(real(0)),
    "cmi.learner_preference.audio_captioning": rw(vocabulary("-1", "0", "1")),
    "cmi.location": rw(text(1000)),
    "cmi.max_time_allowed": RO,
    "cmi.mode": RO,
    "cmi.objectives._children": RO,
    "cmi.objectives._count": RO,
    "cmi.objectives.n.id": rw(LONG_ID),
    "cmi.objectives.n.score._children": RO,
    "cmi.objectives.n.score.scaled": rw(real(-1, 1)),
    "cmi.objectives.n.score.raw": rw(real()),
    "cmi.objectives.n.score.min": rw(real()),
    "cmi.objectives.n.score.max": rw(real()),
    "cmi.objectives.n.success_status": rw(vocabulary(...SUCCESS_2004)),
    "cmi.objectives.n.completion_status": rw(vocabulary(...COMPLETION_2004)),
    "cmi.objectives.n.progress_measure": rw(real(0, 1)),
    "cmi.objectives.n.description": rw(localized(250)),
    "cmi.progress_measure": rw(real(0, 1)),
    "cmi.scaled_passing_score": RO,
    "cmi.score._children": RO,
    "cmi.score.scaled": rw(real(-1, 1)),
    "cmi.score.raw": rw(real()),
    "cmi.score.min": rw(real()),
    "cmi.score.max": rw(real()),
    "cmi.session_time": wo(duration2004),
    "cmi.success_status": rw(vocabulary(...SUCCESS_2004)),
    "cmi.suspend_data": rw(text(64000)),
    "cmi.time_limit_action": RO,
    "cmi.total_time": RO,
    "adl.nav.request": rw(navRequest),
    "adl.nav.request_valid.continue": RO,
    "adl.nav.request_valid.previous": RO,
  };

  const ARRAYS = {
    [V12]: {
      "cmi.objectives": 100,
      "cmi.interactions": 250,
      "cmi.interactions.n.objectives": 10,
      "cmi.interactions.n.correct_responses": 10,
    },
    [V2004]: {
      "cmi.objectives": 100,
      "cmi.interactions": 250,
      "cmi.interactions.n.objectives": 10,
      "cmi.interactions.n.correct_responses": 10,
      "cmi.comments_from_learner": 250,
      "cmi.comments_from_lms": 250,
    },
  }[version];

  const CHILDREN = {
    [V12]: {
      "cmi.core._children":
        "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time",
      "cmi.core.score._children": "raw,min,max",
      "cmi.objectives._children": "id,score,status",
      "cmi.objectives.n.score._children": "raw,min,max",
      "cmi.student_data._children": "mastery_score,max_time_allowed,time_limit_action",
      "cmi.student_preference._children": "audio,language,speed,text",
      "cmi.interactions._children":
        "id,objectives,time,type,correct_responses,weighting,student_response,result,latency",
    },
    [V2004]: {
      "cmi.comments_from_learner._children": "comment,location,timestamp",
      "cmi.comments_from_lms._children": "comment,location,timestamp",
      "cmi.interactions._children":
        "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description",
      "cmi.learner_preference._children": "audio_level,language,delivery_speed,audio_captioning",
      "cmi.objectives._children":
        "id,score,success_status,completion_status,progress_measure,description",
      "cmi.objectives.n.score._children": "scaled,raw,min,max",
      "cmi.score._children": "scaled,raw,min,max",
    },
  }[version];
  const DATA_MODEL_VERSION = version === V12 ? "3.4" : "1.0";
  const MODEL = version === V12 ? MODEL_12 : MODEL_2004;
  const KEYWORDS = ["_children", "_count", "_version"];
  const TRANSIENT = new Set(["cmi.core.session_time", "cmi.session_time", "adl.nav.request"]);
  // Every name that is an element or leads to one ("cmi.core", "cmi.objectives.n").
  const NODES = new Set();
  for (const pattern of Object.keys(MODEL)) {
    const parts = pattern.split(".");
    for (let end = 1; end <= parts.length; end += 1) NODES.add(parts.slice(0, end).join("."));
  }

  // The error code for each kind of refusal (mirrors CODES in cmi.py) and of
  // each other failure.
  const CODES = {
    [V12]: {
      argument: 201,
      undefined: 201,
      keyword: 402,
      read_only: 403,
      write_only: 404,
      type: 405,
      length: 405,
      range: 405,
      index: 201,
      dependency: 201,
      set: 101,
      full: 101,
      get_index: 201,
      get_empty: 201,
      no_children: 202,
      no_count: 203,
      no_version: 201,
      not_initialized: 403,
    },
    [V2004]: {
      argument: 351,
      undefined: 401,
      keyword: 404,
      read_only: 404,
      write_only: 405,
      type: 406,
      length: 406,
      range: 407,
      index: 351,
      dependency: 408,
      set: 351,
      full: 351,
      get_index: 301,
      get_empty: 301,
      no_children: 301,
      no_count: 301,
      no_version: 301,
      not_initialized: 403,
    },
  }[version];

  const ERROR_STRINGS = {
    [V12]: {
      0: "No error",
      101: "General exception",
      201: "Invalid argument error",
      202: "Element cannot have children",
      203: "Element not an array - cannot have count",
      301: "Not initialized",
      401: "Not implemented error",
      402: "Invalid set value, element is a keyword",
      403: "Element is read only",
      404: "Element is write only",
      405: "Incorrect data type",
    },
    [V2004]: {
      0: "No Error",
      101: "General Exception",
      102: "General Initialization Failure",
      103: "Already Initialized",
      104: "Content Instance Terminated",
      111: "General Termination Failure",
      112: "Termination Before Initialization",
      113: "Termination After Termination",
      122: "Retrieve Data Before Initialization",
      123: "Retrieve Data After Termination",
      132: "Store Data Before Initialization",
      133: "Store Data After Termination",
      142: "Commit Before Initialization",
      143: "Commit After Termination",
      201: "General Argument Error",
      301: "General Get Failure",
      351: "General Set Failure",
      391: "General Commit Failure",
      401: "Undefined Data Model Element",
      402: "Unimplemented Data Model Element",
      403: "Data Model Element Value Not Initialized",
      404: "Data Model Element Is Read Only",
      405: "Data Model Element Is Write Only",
      406: "Data Model Element Type Mismatch",
      407: "Data Model Element Value Out Of Range",
      408: "Data Model Dependency Not Established",
    },
  }[version];

  // ---------------------------------------------------------------- the runtime

  const NOT_INITIALIZED = "not initialized";
  const RUNNING = "running";
  const TERMINATED = "terminated";

  class Refused extends Error {
    constructor(code, diagnostic) {
      super(diagnostic);
      this.code = code;
    }
  }

  const parse = (element) => {
    const parts = [];
    const names = [];
    const places = [];
    for (const part of element.split(".")) {
      const array = parts.join(".");
      if (Object.hasOwn(ARRAYS, array) && INDEX.test(part)) {
        places.push([array, names.join("."), Number(part)]);
        parts.push("n");
      } else {
        parts.push(part);
      }
      names.push(part);
    }
    return { pattern: parts.join("."), places };
  };

  const numberOrNull = (value) => {
    if (value === undefined || value === null || value === "") return null;
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  };

  const sizeOf = (value) => {
    let count = 0;
    for (const _ of value) count += 1;
    return count;
  };

  class Runtime {
    constructor(settings) {
      this.phase = NOT_INITIALIZED;
      this.lastError = 0;
      this.diagnostic = "";
      this.sco = String(settings.sco ?? "");
      this.commitUrl = typeof settings.commitUrl === "string" ? settings.commitUrl : "";
      this.broken = !settings.cmi || typeof settings.cmi !== "object" || !this.commitUrl;
      this.values = new Map();
      for (const [element, value] of Object.entries(this.broken ? {} : settings.cmi)) {
        if (typeof value === "string") this.values.set(element, value);
      }
      this.written = new Map();
      this.writtenBytes = new Map();
      this.bodyBytes = 32;
      this.counts = new Map();
      this.size = 0;
      for (const [element, value] of this.values) {
        this.noteWrite(element);
        this.size += sizeOf(element) + sizeOf(value);
      }
      this.dirty = false;
      this.inFlight = null;
      this.again = false;
    }

    // -- errors

    ok(result) {
      this.lastError = 0;
      this.diagnostic = "";
      return result;
    }

    fail(code, diagnostic, result) {
      this.lastError = code;
      this.diagnostic = diagnostic || ERROR_STRINGS[code] || "";
      return result;
    }

    // -- arrays

    noteWrite(element) {
      for (const [, key, index] of parse(element).places) {
        this.counts.set(key, Math.max(this.counts.get(key) || 0, index + 1));
      }
    }

    count(key) {
      return this.counts.get(key) || 0;
    }

    // -- reading

    get(element) {
      if (element === "") throw new Refused(CODES.get_empty, "No element was named.");
      const { pattern, places } = parse(element);
      const parts = pattern.split(".");
      const last = parts[parts.length - 1];
      if (KEYWORDS.includes(last)) {
        const base = parts.slice(0, -1).join(".");
        if (Object.hasOwn(MODEL, pattern)) {
          this.checkIndices(element, places, true);
          if (last === "_count") return String(this.count(element.slice(0, -"._count".length)));
          if (last === "_version") return DATA_MODEL_VERSION;
          return CHILDREN[pattern];
        }
        if (NODES.has(base)) {
          const reason = { _children: "no_children", _count: "no_count" }[last] || "no_version";
          throw new Refused(CODES[reason], `${base} has no ${last}.`);
        }
        throw new Refused(CODES.undefined, `${element} is not an element of the data model.`);
      }
      if (version === V2004 && NAV_VALID_TARGET.test(element)) return "unknown";
      const spec = MODEL[pattern];
      if (!spec) {
        throw new Refused(CODES.undefined, `${element} is not an element of the data model.`);
      }
      if (spec[0] === "wo") throw new Refused(CODES.write_only, `${element} is write only.`);
      this.checkIndices(element, places, true);
      if (version === V2004) {
        if (pattern === "cmi.completion_status") return this.completion2004();
        if (pattern === "cmi.success_status") return this.success2004();
        if (pattern.startsWith("adl.nav.request_valid.")) return "unknown";
        if (pattern === "adl.nav.request") return this.values.get(element) ?? "_none_";
      }
      if (this.values.has(element)) return this.values.get(element);
      if (version === V12) return "";
      if (
        pattern === "cmi.objectives.n.success_status" ||
        pattern === "cmi.objectives.n.completion_status"
      ) {
        return "unknown";
      }
      throw new Refused(CODES.not_initialized, `${element} has no value yet.`);
    }

    checkIndices(element, places, reading) {
      for (const [array, key, index] of places) {
        const count = this.count(key);
        if (reading) {
          if (index >= count) {
            throw new Refused(CODES.get_index, `${element}: ${key} has ${count} entries.`);
          }
        } else if (index > count || index >= ARRAYS[array]) {
          throw new Refused(
            CODES.index,
            `${element}: entries of a list are added one after the other, at most ${ARRAYS[array]} of them.`,
          );
        }
      }
    }

    completion2004() {
      const threshold = numberOrNull(this.values.get("cmi.completion_threshold"));
      const progress = numberOrNull(this.values.get("cmi.progress_measure"));
      if (threshold !== null && progress !== null) {
        return progress >= threshold ? "completed" : "incomplete";
      }
      return this.values.get("cmi.completion_status") || "unknown";
    }

    success2004() {
      const passing = numberOrNull(this.values.get("cmi.scaled_passing_score"));
      if (passing !== null) {
        const scaled = numberOrNull(this.values.get("cmi.score.scaled"));
        if (scaled === null) return "unknown";
        return scaled >= passing ? "passed" : "failed";
      }
      return this.values.get("cmi.success_status") || "unknown";
    }

    // -- writing (mirrors check_write in cmi.py)

    set(element, value) {
      if (element === "") throw new Refused(CODES.argument, "No element was named.");
      const { pattern, places } = parse(element);
      const last = pattern.split(".").pop();
      if (KEYWORDS.includes(last)) {
        if (version === V12 || Object.hasOwn(MODEL, pattern)) {
          throw new Refused(CODES.keyword, `${element} is a keyword and cannot be set.`);
        }
        throw new Refused(CODES.undefined, `${element} is not an element of the data model.`);
      }
      if (version === V2004 && NAV_VALID_TARGET.test(element)) {
        throw new Refused(CODES.read_only, `${element} is read only.`);
      }
      const spec = MODEL[pattern];
      if (!spec) {
        throw new Refused(CODES.undefined, `${element} is not an element of the data model.`);
      }
      if (spec[0] === "ro") throw new Refused(CODES.read_only, `${element} is read only.`);
      for (const [array, key, index] of places) {
        this.checkIndices(element, [[array, key, index]], false);
        // In SCORM 2004 a new objective or interaction starts with its identifier.
        const field = pattern.slice(array.length + 3);
        if (
          version === V2004 &&
          index === this.count(key) &&
          (array === "cmi.objectives" || array === "cmi.interactions") &&
          field !== "id"
        ) {
          throw new Refused(CODES.dependency, `${element} cannot be set before ${key}.${index}.id.`);
        }
      }
      const reason = spec[1] ? spec[1](value) : null;
      if (reason) throw new Refused(CODES[reason], this.reasonText(element, reason));
      if (version === V2004) this.check2004(element, pattern, places, value);
      const encoder = new TextEncoder();
      const entryBytes = encoder.encode(JSON.stringify(element) + JSON.stringify(value)).length + 2;
      const bodyBytes = this.bodyBytes - (this.writtenBytes.get(element) || 0) + entryBytes;
      if (bodyBytes > MAX_BODY_BYTES) {
        throw new Refused(CODES.full, `This session's data would be more than ${MAX_BODY_BYTES} bytes.`);
      }
      if (!TRANSIENT.has(element)) {
        const previous = this.values.get(element);
        const size =
          this.size + (previous === undefined ? sizeOf(element) + sizeOf(value) : sizeOf(value) - sizeOf(previous));
        if (size > MAX_STORED_CHARS) {
          throw new Refused(CODES.full, `The data would be longer than ${MAX_STORED_CHARS} characters.`);
        }
        this.size = size;
      }
      this.values.set(element, value);
      this.written.set(element, value);
      this.writtenBytes.set(element, entryBytes);
      this.bodyBytes = bodyBytes;
      this.noteWrite(element);
      this.dirty = true;
    }

    reasonText(element, reason) {
      if (reason === "length") return `The value for ${element} is too long.`;
      if (reason === "range") return `The value for ${element} is out of range.`;
      return `The value for ${element} is not of the type the element takes.`;
    }

    check2004(element, pattern, places, value) {
      const indices = places.map((place) => place[2]);
      if (pattern === "cmi.objectives.n.id") {
        const own = this.values.get(`cmi.objectives.${indices[0]}.id`);
        if (own !== undefined && own !== value) {
          throw new Refused(CODES.set, `${element} is already set and cannot change.`);
        }
        for (let i = 0; i < this.count("cmi.objectives"); i += 1) {
          if (i !== indices[0] && this.values.get(`cmi.objectives.${i}.id`) === value) {
            throw new Refused(CODES.set, `${element}: another objective has this identifier.`);
          }
        }
      } else if (pattern === "cmi.interactions.n.objectives.n.id") {
        const base = `cmi.interactions.${indices[0]}.objectives`;
        for (let i = 0; i < this.count(base); i += 1) {
          if (i !== indices[1] && this.values.get(`${base}.${i}.id`) === value) {
            throw new Refused(CODES.set, `${element}: this identifier is already listed.`);
          }
        }
      } else if (
        pattern === "cmi.interactions.n.learner_response" ||
        pattern === "cmi.interactions.n.correct_responses.n.pattern"
      ) {
        const kind = this.values.get(`cmi.interactions.${indices[0]}.type`);
        if (kind === undefined) {
          throw new Refused(
            CODES.dependency,
            `${element} cannot be set before cmi.interactions.${indices[0]}.type.`,
          );
        }
        const isPattern = pattern.endsWith(".pattern");
        if (isPattern && indices[1] >= CORRECT_RESPONSES_2004[kind]) {
          throw new Refused(CODES.set, `${element}: too many correct responses for ${kind}.`);
        }
        const reason = interactionValue2004(kind, value, isPattern);
        if (reason) throw new Refused(CODES[reason], this.reasonText(element, reason));
      }
    }

    // -- the server

    post(finish) {
      const body = JSON.stringify({ cmi: Object.fromEntries(this.written), finish });
      this.dirty = false;
      const navRequest = this.written.get("adl.nav.request");
      // A request sent with keepalive outlives the page, up to 64 KB in all.
      const request = fetch(this.commitUrl, {
        method: "POST",
        body,
        headers: { "Content-Type": "text/plain;charset=UTF-8" },
        credentials: "omit",
        cache: "no-store",
        keepalive: body.length < 60000,
      });
      return request
        .then((response) =>
          response.json().then((data) => {
            if (!response.ok || !data || data.ok !== true) {
              console.warn("The learner's progress was refused:", data && data.message);
              this.tell({ ok: false, finished: finish });
              return;
            }
            if (data.preview) return; // an author's preview: nothing was kept
            this.tell({
              ok: true,
              completion: data.completion,
              success: data.success,
              score: data.score,
              lessonDone: Boolean(data.lessonDone ?? data.lesson_done),
              finished: finish,
              navRequest: finish && navRequest && navRequest !== "_none_" ? navRequest : null,
            });
          }),
        )
        .catch((error) => {
          console.warn("The learner's progress could not be sent:", String(error));
          this.tell({ ok: false, finished: finish });
        });
    }

    tell(status) {
      try {
        window.parent.postMessage({ type: "hea-package", sco: this.sco, ...status }, "*");
      } catch (error) {
        // No parent to tell: the SCO still runs.
      }
    }

    send(finish) {
      if (finish) return this.post(true);
      if (this.inFlight) {
        this.again = true;
        return this.inFlight;
      }
      this.inFlight = this.post(false).finally(() => {
        this.inFlight = null;
        if (this.again) {
          this.again = false;
          this.send(false);
        }
      });
      return this.inFlight;
    }

    // -- the API's calls, by meaning

    initialize(parameter) {
      if (this.phase === RUNNING) return this.fail(version === V12 ? 101 : 103, "", "false");
      if (this.phase === TERMINATED) return this.fail(version === V12 ? 101 : 104, "", "false");
      if (parameter !== "") return this.fail(201, "The parameter must be an empty string.", "false");
      if (this.broken) {
        return this.fail(version === V12 ? 101 : 102, "The learner's data is not available.", "false");
      }
      this.phase = RUNNING;
      return this.ok("true");
    }

    terminate(parameter) {
      if (this.phase === NOT_INITIALIZED) return this.fail(version === V12 ? 301 : 112, "", "false");
      if (this.phase === TERMINATED) return this.fail(version === V12 ? 301 : 113, "", "false");
      if (parameter !== "") return this.fail(201, "The parameter must be an empty string.", "false");
      this.phase = TERMINATED;
      this.send(true);
      return this.ok("true");
    }

    getValue(element) {
      if (this.phase === NOT_INITIALIZED) return this.fail(version === V12 ? 301 : 122, "", "");
      if (this.phase === TERMINATED) return this.fail(version === V12 ? 301 : 123, "", "");
      try {
        return this.ok(this.get(element));
      } catch (error) {
        if (error instanceof Refused) return this.fail(error.code, error.message, "");
        throw error;
      }
    }

    setValue(element, value) {
      if (this.phase === NOT_INITIALIZED) return this.fail(version === V12 ? 301 : 132, "", "false");
      if (this.phase === TERMINATED) return this.fail(version === V12 ? 301 : 133, "", "false");
      try {
        this.set(element, value);
        return this.ok("true");
      } catch (error) {
        if (error instanceof Refused) return this.fail(error.code, error.message, "false");
        throw error;
      }
    }

    commit(parameter) {
      if (this.phase === NOT_INITIALIZED) return this.fail(version === V12 ? 301 : 142, "", "false");
      if (this.phase === TERMINATED) return this.fail(version === V12 ? 301 : 143, "", "false");
      if (parameter !== "") return this.fail(201, "The parameter must be an empty string.", "false");
      this.send(false);
      return this.ok("true");
    }

    getLastError() {
      return String(this.lastError);
    }

    getErrorString(code) {
      if (!/^[0-9]+$/.test(code)) return "";
      return ERROR_STRINGS[Number(code)] ?? "";
    }

    getDiagnostic(code) {
      if (code === "" || Number(code) === this.lastError) return this.diagnostic;
      return this.getErrorString(code);
    }

    pageHidden(persisted) {
      if (this.phase !== RUNNING) return;
      if (!persisted) {
        // The page is going away without Finish/Terminate: end the session.
        this.phase = TERMINATED;
        this.send(true);
      } else if (this.dirty) {
        this.send(false);
      }
    }
  }

  // Arguments as SCOs pass them: undefined and null are the empty string,
  // anything else its text.
  const asText = (value) => (value === undefined || value === null ? "" : String(value));

  const runtime = new Runtime(config);
  const guard = (fallback, call) =>
    function scormCall(first, second) {
      try {
        return call(asText(first), asText(second));
      } catch (error) {
        return runtime.fail(101, String(error), fallback);
      }
    };
  const getters = {
    GetLastError: guard("101", () => runtime.getLastError()),
    GetErrorString: guard("", (code) => runtime.getErrorString(code)),
    GetDiagnostic: guard("", (code) => runtime.getDiagnostic(code)),
  };

  if (version === V12) {
    window.API = Object.freeze({
      LMSInitialize: guard("false", (parameter) => runtime.initialize(parameter)),
      LMSFinish: guard("false", (parameter) => runtime.terminate(parameter)),
      LMSGetValue: guard("", (element) => runtime.getValue(element)),
      LMSSetValue: guard("false", (element, value) => runtime.setValue(element, value)),
      LMSCommit: guard("false", (parameter) => runtime.commit(parameter)),
      LMSGetLastError: getters.GetLastError,
      LMSGetErrorString: getters.GetErrorString,
      LMSGetDiagnostic: getters.GetDiagnostic,
    });
  } else {
    window.API_1484_11 = Object.freeze({
      version: "1.0",
      Initialize: guard("false", (parameter) => runtime.initialize(parameter)),
      Terminate: guard("false", (parameter) => runtime.terminate(parameter)),
      GetValue: guard("", (element) => runtime.getValue(element)),
      SetValue: guard("false", (element, value) => runtime.setValue(element, value)),
      Commit: guard("false", (parameter) => runtime.commit(parameter)),
      ...getters,
    });
  }

  window.addEventListener("pagehide", (event) => {
    try {
      runtime.pageHidden(Boolean(event.persisted));
    } catch (error) {
      // Never into the SCO.
    }
  });
  document.addEventListener("visibilitychange", () => {
    try {
      if (document.visibilityState === "hidden" && runtime.phase === RUNNING && runtime.dirty) {
        runtime.send(false);
      }
    } catch (error) {
      // Never into the SCO.
    }
  });
})();
