// The demo page emptied down to one bare 640×380 chart (`window.bare`) of the built-in
// user-gains, drawn without transitions: the starting point of tests that need a chart and
// nothing else on the page.

/** Opens the bare chart in `locale`; returns the list the page's errors are collected into. */
export async function bareChart(page, locale = "en") {
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
  await page.goto("/");
  await page.waitForSelector('body[data-ready="1"]');
  await page.evaluate((locale) => {
    document.body.replaceChildren();
    const canvas = document.createElement("canvas");
    canvas.id = "bare";
    canvas.style.cssText = "width:640px;height:380px;display:block";
    document.body.append(canvas);
    window.bare = new window.demo.OutageChart(canvas, undefined, { locale, animate: false });
  }, locale);
  return problems;
}
