// The outage-charts demo: one chart, the built-in datasets, a language toggle
// and a live JSON editor. Everything here uses the public API only.
import init, { OutageChart, builtinDatasets } from "./pkg/outage_charts.js";

const $ = (id) => document.getElementById(id);
const canvas = $("chart");
const editor = $("json");
const editorError = $("editor-error");
const datasetGroup = $("datasets");
const localeGroup = $("locales");
const hint = $("hint");
const defaultHint = hint.textContent;

const state = {
  chart: null,
  locale: navigator.language && navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en",
  // Name of the built-in dataset on show, or null once the editor changed it.
  builtin: "user-gains",
};

function pretty(data) {
  return JSON.stringify(data, null, 2);
}

function showEditorError(message) {
  editorError.textContent = message;
  editor.setAttribute("aria-invalid", "true");
}

function clearEditorError() {
  editorError.textContent = "";
  editor.removeAttribute("aria-invalid");
}

function syncEditor() {
  editor.value = pretty(state.chart.data);
  clearEditorError();
}

function markPressed(group, attr, value) {
  for (const button of group.querySelectorAll("button")) {
    button.setAttribute("aria-pressed", String(button.dataset[attr] === value));
  }
}

function renderDatasetButtons() {
  const datasets = builtinDatasets(state.locale);
  datasetGroup.replaceChildren(
    ...Object.keys(datasets).map((name) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.dataset = name;
      button.textContent = name;
      button.title = datasets[name].title;
      button.addEventListener("click", () => selectBuiltin(name));
      return button;
    }),
  );
  markPressed(datasetGroup, "dataset", state.builtin);
}

function selectBuiltin(name) {
  state.builtin = name;
  state.chart.setData(builtinDatasets(state.locale)[name]);
  markPressed(datasetGroup, "dataset", name);
  syncEditor();
}

function selectLocale(locale) {
  state.locale = locale;
  state.chart.setOptions({ locale });
  markPressed(localeGroup, "locale", locale);
  renderDatasetButtons();
  if (state.builtin !== null) {
    // The built-in datasets are written in each language (titles, notes, units).
    selectBuiltin(state.builtin);
  }
}

// Parses the editor and hands the result to the chart. On any error the chart
// keeps its last good dataset and the message is shown as thrown.
function applyEditor() {
  let parsed;
  try {
    parsed = JSON.parse(editor.value);
  } catch (err) {
    showEditorError(`JSON syntax error: ${err.message}`);
    return false;
  }
  try {
    state.chart.setData(parsed);
  } catch (err) {
    showEditorError(err instanceof Error ? err.message : String(err));
    return false;
  }
  clearEditorError();
  state.builtin = null;
  markPressed(datasetGroup, "dataset", null);
  return true;
}

let debounce = 0;
editor.addEventListener("input", () => {
  clearTimeout(debounce);
  debounce = setTimeout(applyEditor, 300);
});
$("apply").addEventListener("click", () => {
  clearTimeout(debounce);
  applyEditor();
});
$("reset").addEventListener("click", () => {
  clearTimeout(debounce);
  selectBuiltin(state.builtin ?? "user-gains");
});
/** Offers `blob` as a file download named `name`. */
function download(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
$("svg").addEventListener("click", () => {
  download(new Blob([state.chart.toSvg()], { type: "image/svg+xml" }), `${state.builtin ?? "chart"}.svg`);
});
$("png").addEventListener("click", () => {
  // The canvas at its backing size: sharp at the screen's pixel ratio.
  canvas.toBlob((blob) => blob && download(blob, `${state.builtin ?? "chart"}.png`), "image/png");
});
for (const button of localeGroup.querySelectorAll("button")) {
  button.addEventListener("click", () => selectLocale(button.dataset.locale));
}

// The chart reports the datum under the pointer or the keyboard focus; the hint repeats it.
canvas.addEventListener("chart-hover", (event) => {
  const d = event.detail;
  hint.textContent = d ? `${d.series} · ${d.label}: ${d.text}` : defaultHint;
});
canvas.addEventListener("chart-select", (event) => {
  const d = event.detail;
  hint.textContent = `Selected: ${d.series} · ${d.label}: ${d.text}`;
});

async function main() {
  try {
    await init();
  } catch (err) {
    const box = $("load-error");
    box.hidden = false;
    box.textContent =
      `The chart module could not be loaded (${err.message}). ` +
      "Build it with `make build` (or run `make serve`, which builds first), then reload.";
    throw err;
  }
  state.chart = new OutageChart(canvas, builtinDatasets(state.locale)[state.builtin], {
    locale: state.locale,
    height: "auto",
  });
  markPressed(localeGroup, "locale", state.locale);
  renderDatasetButtons();
  syncEditor();
  window.demo = { chart: state.chart, OutageChart, builtinDatasets };
  document.body.dataset.ready = "1";
}

main();
