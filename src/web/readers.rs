//! What a screen reader gets: the role and summary at once, the data table when the page is
//! idle. The table can be a thousand rows of DOM; built in idle time it never delays the first
//! paint or a swap, and a burst of swaps builds it once, for the data that stayed.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{with_live, Live};
use crate::describe::{notes, summary, table};

/// A table build waiting for the page to be idle (or, where `requestIdleCallback` is missing,
/// for a timer).
pub(super) enum Pending {
    Idle(u32),
    Timer(i32),
}

/// The callback that builds the table, made once per chart.
pub(super) fn table_callback(me: &Weak<RefCell<Live>>) -> Closure<dyn FnMut()> {
    let me = me.clone();
    Closure::<dyn FnMut()>::new(move || {
        with_live(&me, |state| {
            state.table_pending = None;
            state.build_table();
        });
    })
}

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
        super::gesture::claim_touches(&self.canvas, !self.chart.data().kind.uses_categories());
        if self.table_pending.is_some() {
            return;
        }
        let (Some(window), Some(callback)) = (web_sys::window(), &self.on_table) else {
            return;
        };
        let function: &js_sys::Function = callback.as_ref().unchecked_ref();
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(TABLE_DEADLINE_MS);
        self.table_pending = match window.request_idle_callback_with_options(function, &options) {
            Ok(id) => Some(Pending::Idle(id)),
            Err(_) => window
                .set_timeout_with_callback(function)
                .ok()
                .map(Pending::Timer),
        };
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
            parts.label(&self.canvas, &summary(data, self.chart.options().locale));
        }
    }

    fn build_table(&self) {
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
            parts.table(&self.canvas, &table(data, locale), &notes);
        }
    }

    /// Drops a table build still waiting (the chart is going away).
    pub(super) fn cancel_table(&mut self) {
        let (Some(pending), Some(window)) = (self.table_pending.take(), web_sys::window()) else {
            return;
        };
        match pending {
            Pending::Idle(id) => window.cancel_idle_callback(id),
            Pending::Timer(id) => window.clear_timeout_with_handle(id),
        }
    }
}
