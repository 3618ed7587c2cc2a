//! What a screen reader gets: the role and summary at once, the data table when the page is
//! idle. The table can be a thousand rows of DOM; built in idle time it never delays the first
//! paint or a swap, and a burst of swaps builds it once, for the data that stayed.

use super::live::Live;
use super::zoom::claim_touches;
use crate::describe::{notes, summary, table};

/// The most values whose summary is written at construction (see `summary_now`).
const SUMMARY_NOW_VALUES: usize = 10_000;

/// The longest a table waits for idle time, in milliseconds.
const TABLE_DEADLINE_MS: u32 = 500;

impl Live {
    /// Keeps the role, summary and fallback table in step with the data and language.
    pub(super) fn describe_for_readers(&mut self) {
        if self.summary_now() {
            self.label();
        }
        let zoomable = !self.chart.data().kind.uses_categories();
        claim_touches(&self.surface.canvas, zoomable);
        // A burst of swaps builds the table once, for the data that stayed.
        self.tasks.table.when_idle(TABLE_DEADLINE_MS);
    }

    /// Whether the summary is written at once. Its values are written in the reading view,
    /// whose fraction digits depend on every value of the chart (`Numbers`' facts: a sort and
    /// exact decimals of every close pair); for a long series that is most of a cold first
    /// paint, so it comes with the table in idle time.
    fn summary_now(&self) -> bool {
        let values: usize = self
            .chart
            .data()
            .series
            .iter()
            .map(|s| s.values.len())
            .sum();
        values <= SUMMARY_NOW_VALUES
    }

    fn label(&self) {
        if let Some(parts) = &self.parts {
            let data = self.chart.data();
            parts.label(
                &self.surface.canvas,
                &summary(data, self.chart.options().locale),
            );
        }
    }

    pub(super) fn build_table(&self) {
        if !self.summary_now() {
            self.label();
        }
        if let Some(parts) = &self.parts {
            let data = self.chart.data();
            let locale = self.chart.options().locale;
            let mut notes = notes(data, locale);
            if self.layout.as_ref().is_some_and(|l| l.names_thinned) {
                notes.push(crate::i18n::names_left_out(locale).to_string());
            }
            parts.table(&self.surface.canvas, &table(data, locale), &notes);
        }
    }
}
