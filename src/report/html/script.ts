/**
 * The page's one script (inlined, allowed by its hash in the Content-Security-Policy): filters
 * by verdict and topic, and the timeline's scale. Without it every finding is shown, the timeline
 * keeps one scale per topic and the controls stay hidden.
 */
export const SCRIPT = `
(() => {
  const form = document.getElementById("filters");
  if (!form) return;
  form.hidden = false;
  const topicSelect = document.getElementById("topic-filter");
  const shown = document.getElementById("shown");
  const findings = [...document.querySelectorAll("article.finding")];
  const topics = [...document.querySelectorAll(".tl-topic")];
  const sections = [...document.querySelectorAll("[data-section-verdict]")];
  function apply() {
    const verdicts = new Set([...form.querySelectorAll("input[name=verdict]:checked")].map((i) => i.value));
    const topic = topicSelect.value;
    let visible = 0;
    for (const card of findings) {
      const show = verdicts.has(card.dataset.verdict) && (topic === "" || card.dataset.topic === topic);
      card.hidden = !show;
      if (show) visible += 1;
    }
    for (const block of topics) block.hidden = topic !== "" && block.dataset.topic !== topic;
    for (const section of sections) section.hidden = !verdicts.has(section.dataset.sectionVerdict);
    shown.value = "Showing " + visible + " of " + findings.length + " findings";
  }
  const scaleSwitch = document.getElementById("scale-switch");
  const chart = document.getElementById("timeline-chart");
  if (scaleSwitch && chart) {
    scaleSwitch.hidden = false;
    scaleSwitch.addEventListener("change", () => {
      const common = scaleSwitch.querySelector("input[value=common]").checked;
      chart.classList.toggle("common", common);
      chart.classList.toggle("zoomed", !common);
    });
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  apply();
})();
`;
