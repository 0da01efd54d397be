// "Cite this page" and "Cite this figure": the reader's own date as the access date, and BibTeX and
// CSL-JSON beside the plain text. Each citation element carries its facts in `data-cite*` attributes,
// written by macros/site/citation.py; without this script the plain text is still there, dated by the build.
(function () {
  "use strict";

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function two(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function isoDate(day) {
    return day.getFullYear() + "-" + two(day.getMonth() + 1) + "-" + two(day.getDate());
  }

  // As citation.access_date: "1 December 2026"; Russian citations as GOST writes them, "01.12.2026".
  function accessDate(day, lang) {
    if (lang === "ru") {
      return two(day.getDate()) + "." + two(day.getMonth() + 1) + "." + day.getFullYear();
    }
    return day.getDate() + " " + MONTHS[day.getMonth()] + " " + day.getFullYear();
  }

  function bibtexText(text) {
    return String(text).replace(/[\\{}%&$#_^~]/g, function (character) {
      return {
        "\\": "\\textbackslash{}", "^": "\\textasciicircum{}", "~": "\\textasciitilde{}"
      }[character] || "\\" + character;
    });
  }

  function bibtex(cite, day) {
    var fields = [["author", "{" + bibtexText(cite.site) + "}"], ["title", "{" + bibtexText(cite.title) + "}"]];
    if (cite.changed) {
      fields.push(["year", cite.changed.slice(0, 4)]);
    }
    fields.push(["url", cite.url], ["urldate", isoDate(day)]);
    if (cite.fact) {
      fields.push(["note", bibtexText((cite.lang === "ru" ? "показатель " : "fact ") + cite.fact)]);
    }
    fields.push(["language", cite.lang === "ru" ? "russian" : "english"]);
    var lines = fields.map(function (field) {
      return "  " + field[0] + " = {" + field[1] + "}";
    });
    return "@misc{" + cite.key + ",\n" + lines.join(",\n") + "\n}";
  }

  function dateParts(text) {
    return text.split("-").map(function (part) {
      return parseInt(part, 10);
    });
  }

  function cslJson(cite, day) {
    var item = {
      id: cite.key,
      type: cite.type,
      title: cite.title,
      author: [{ literal: cite.site }],
      "container-title": cite.site,
      URL: cite.url,
      accessed: { "date-parts": [[day.getFullYear(), day.getMonth() + 1, day.getDate()]] },
      language: cite.lang
    };
    if (cite.changed) {
      item.issued = { "date-parts": [dateParts(cite.changed)] };
    }
    if (cite.fact) {
      item.note = (cite.lang === "ru" ? "показатель " : "fact ") + cite.fact;
    }
    // Indented for reading, with each date's numbers on one line: [[2026, 12, 1]].
    return JSON.stringify([item], null, 2)
      .replace(/\[\s*([\d\s,]+?)\s*\]/g, function (match, numbers) {
        return "[" + numbers.split(",").map(function (n) { return n.trim(); }).join(", ") + "]";
      })
      .replace(/\[\s*(\[[^\[\]]*\])\s*\]/g, "[$1]");
  }

  // Each format folded under its name: open, the two blocks took a phone screen on every area page.
  function format(name, text) {
    var block = document.createElement("details");
    block.className = "fs-cite-format";
    var label = document.createElement("summary");
    label.className = "fs-cite-format-name";
    label.textContent = name;
    var pre = document.createElement("pre");
    var code = document.createElement("code");
    code.textContent = text;
    pre.appendChild(code);
    block.appendChild(label);
    block.appendChild(pre);
    return block;
  }

  // The citation's facts: its own data attributes (macros/site/citation.py); the fact from the section
  // it is in; the address from the page's canonical link (the published address), else the address the
  // page was opened at; the page's language and the site's name (the Open Graph tag every page carries).
  function citation(element) {
    var site = document.querySelector('meta[property="og:site_name"]');
    var canonical = document.querySelector('link[rel="canonical"]');
    var section = element.closest("[data-fact]");
    var address = canonical ? canonical.href : window.location.origin + window.location.pathname;
    return {
      key: element.getAttribute("data-cite"),
      type: section ? "dataset" : "webpage",
      title: element.getAttribute("data-cite-title"),
      url: section ? address + "#" + section.id : address,
      changed: element.getAttribute("data-cite-changed"),
      fact: section ? section.getAttribute("data-fact") : null,
      site: site ? site.getAttribute("content") : document.title,
      lang: document.documentElement.lang === "ru" ? "ru" : "en"
    };
  }

  function complete(element, day) {
    var cite = citation(element);
    element.querySelectorAll("time.fs-accessed").forEach(function (time) {
      time.setAttribute("datetime", isoDate(day));
      time.textContent = accessDate(day, cite.lang);
    });
    element.appendChild(format("BibTeX", bibtex(cite, day)));
    element.appendChild(format("CSL-JSON", cslJson(cite, day)));
  }

  var today = new Date();
  document.querySelectorAll(".fs-cite[data-cite]").forEach(function (element) {
    complete(element, today);
  });
})();
