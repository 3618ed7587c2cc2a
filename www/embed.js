// Reports each element's errors under the charts (a page would log or show them its own way).
const status = document.getElementById("status");
document.addEventListener("chart-error", (event) => {
  status.textContent = `${event.target.id}: ${event.detail.message}`;
});
document.addEventListener("chart-select", (event) => {
  status.textContent = `${event.target.id}: ${event.detail.label}, ${event.detail.text}`;
});
