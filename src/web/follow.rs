//! What a chart follows on the page without being asked: its canvas's size, the device pixel
//! ratio and the reader's colour scheme. Each redraw here is one nobody called, so its error
//! goes to the page as `chart-error`.

use wasm_bindgen::prelude::*;

use super::live::{with_live, Live};
use super::on_page;
use super::subscription::Subscription;
use super::surface::media_query;
use crate::options::Theme;

impl Live {
    /// Redraws when the canvas's size or the pixel ratio changes.
    pub(super) fn follow_size(&mut self) {
        let me = self.me.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            with_live(&me, |state| {
                if state.surface.sync(&state.chart) {
                    let drawn = state.redraw(false);
                    state.report(drawn);
                }
            });
            // The observer also reports a canvas leaving the document (its size becomes 0).
            if let Some(live) = me.upgrade() {
                on_page::release_if_unreachable(&live);
            }
        });
        self.subscriptions.resize = Subscription::observe_size(&self.surface.canvas, on_resize);
        self.follow_pixel_ratio();
    }

    /// (Re)listens for the device pixel ratio to leave the one drawn for: a query matches one
    /// ratio, so each change subscribes anew.
    fn follow_pixel_ratio(&mut self) {
        let me = self.me.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            with_live(&me, |state| {
                let drawn = state.redraw(true);
                state.report(drawn);
                state.follow_pixel_ratio();
            });
        });
        self.subscriptions.pixel_ratio = self
            .surface
            .pixel_ratio_query()
            .and_then(|list| Subscription::listen(&list, "change", on_change));
    }

    /// Redraws when the reader switches between light and dark, for the `auto` theme.
    pub(super) fn follow_color_scheme(&mut self) {
        let Some(list) = media_query("(prefers-color-scheme: dark)") else {
            return;
        };
        self.dark = list.matches();
        let me = self.me.clone();
        let query = list.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || {
            with_live(&me, |state| {
                state.dark = query.matches();
                if state.chart.options().theme == Theme::Auto {
                    let drawn = state.redraw(false);
                    state.report(drawn);
                }
            });
        });
        self.subscriptions.dark = Subscription::listen(&list, "change", on_change);
    }

    /// Has the size observer report afresh: `resize()` read sizes it never saw.
    pub(super) fn renew_size_observer(&self) {
        if let Some(resize) = &self.subscriptions.resize {
            resize.renew();
        }
    }
}
