//! One chart's state, in plain Rust: its dataset, options and hidden series, and the steps
//! from them to a drawing. The browser binding (`web.rs`) only adds the canvas and events.

use crate::datasets::default_dataset;
use crate::draw::{draw, draw_highlight, Batching, Paint};
use crate::error::DataError;
use crate::input::Value;
use crate::kinds::LegendBy;
use crate::layout::{Frame, Layout};
use crate::locale::Locale;
use crate::model::Dataset;
use crate::options::Options;
use crate::place::layout;
use crate::svg::Svg;
use crate::text::TextMeasure;
use crate::theme::Palette;
use crate::validate::validate;
use crate::view::XView;

/// How many entries the legend has: one per series, or one per category for a donut.
fn legend_len(data: &Dataset) -> usize {
    if data.kind.spec().legend_by() == LegendBy::Category {
        data.domain.len()
    } else {
        data.series.len()
    }
}

/// The name of legend entry `item`: a donut's category, else a series name.
fn legend_name(data: &Dataset, item: usize) -> Option<&str> {
    if data.kind.spec().legend_by() == LegendBy::Category {
        data.category(item)
    } else {
        data.series.get(item).map(|s| s.name.as_str())
    }
}

/// The size a chart is drawn at: CSS pixels and the device pixel ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
    pub scale: f64,
}

#[derive(Debug, Clone)]
pub struct Chart {
    data: Dataset,
    options: Options,
    /// One flag per legend entry, switched by clicking it: per series, or per category for a
    /// donut (whose legend lists its slices).
    hidden: Vec<bool>,
    /// The zoomed x window of a line or area chart; `None` shows everything.
    view: Option<XView>,
}

impl Chart {
    /// A chart of `data` with `options` merged onto the defaults; `default_locale` is the page's
    /// language. Only [`Value::Undefined`] (a left-out argument) means the built-in "user-gains":
    /// `null` is refused like any other non-dataset, so a failed fetch handing over `null` never
    /// shows a chart about something else.
    pub fn new(data: &Value, options: &Value, default_locale: Locale) -> Result<Chart, DataError> {
        let options = Options::new(default_locale).merged(options)?;
        let data = match data {
            Value::Undefined => default_dataset(options.locale),
            given => validate(given)?,
        };
        let hidden = vec![false; legend_len(&data)];
        Ok(Chart {
            data,
            options,
            hidden,
            view: None,
        })
    }

    pub fn data(&self) -> &Dataset {
        &self.data
    }

    pub fn options(&self) -> Options {
        self.options
    }

    /// Replaces the dataset, or changes nothing and says why.
    ///
    /// A page refreshing its data keeps what the reader did, as long as the chart keeps its kind
    /// and its kind of x: an entry switched off in the legend stays off while the new data has
    /// one of that name, and a zoomed window stays while it lies within the new x range. So
    /// `setData(chart.data)` changes nothing.
    pub fn set_data(&mut self, value: &Value) -> Result<(), DataError> {
        let data = validate(value)?;
        // A scatter's kind of x is in its series, not its domain.
        let same_kind = data.kind == self.data.kind
            && std::mem::discriminant(&data.domain) == std::mem::discriminant(&self.data.domain)
            && data.x_is_dates() == self.data.x_is_dates();
        let was_hidden = if same_kind {
            self.hidden_names()
        } else {
            Vec::new()
        };
        let hidden = (0..legend_len(&data))
            .map(|item| legend_name(&data, item).is_some_and(|name| was_hidden.contains(&name)))
            .collect();
        self.hidden = hidden;
        let old_view = self.view.take();
        self.data = data;
        if let (Some(view), Some(full)) = (old_view, self.full_view()) {
            if same_kind && view.lo >= full.lo && view.hi <= full.hi {
                self.set_view(view, full);
            }
        }
        Ok(())
    }

    /// The names of the legend entries switched off now (usually none or a few).
    fn hidden_names(&self) -> Vec<&str> {
        (0..self.hidden.len())
            .filter(|item| self.hidden[*item])
            .filter_map(|item| legend_name(&self.data, item))
            .collect()
    }

    /// Merges options, or changes nothing and says why.
    pub fn set_options(&mut self, value: &Value) -> Result<(), DataError> {
        self.options = self.options.merged(value)?;
        Ok(())
    }

    /// Which series are switched off, one flag per series (none for a donut, which hides
    /// slices instead).
    pub fn hidden_series(&self) -> Vec<bool> {
        if self.data.kind.spec().legend_by() == LegendBy::Category {
            vec![false; self.data.series.len()]
        } else {
            self.hidden.clone()
        }
    }

    /// Switches a legend entry's series (a donut's slice) off or back on, as a click does.
    pub fn toggle_legend_item(&mut self, item: usize) {
        if let Some(flag) = self.hidden.get_mut(item) {
            *flag = !*flag;
        }
    }

    /// The whole x range of a chart with a continuous x axis.
    fn full_view(&self) -> Option<XView> {
        let (first, last) = self.data.x_extent()?;
        Some(XView::full(first, last))
    }

    /// Zooms the x axis by `factor` around the pointer at `css_x` (as drawn in `layout`).
    /// Returns whether anything changed; only line and area charts zoom.
    pub fn zoom(&mut self, layout: &Layout, css_x: f64, factor: f64) -> bool {
        let (Some(full), Some(x)) = (self.full_view(), layout.x_scale) else {
            return false;
        };
        let anchor = x.invert(css_x * layout.scale);
        let next = self.view.unwrap_or(full).zoom(full, anchor, factor);
        self.set_view(next, full)
    }

    /// Pans the x axis as if the drawing moved `css_dx` CSS pixels to the right.
    pub fn pan(&mut self, layout: &Layout, css_dx: f64) -> bool {
        let (Some(full), Some(x)) = (self.full_view(), layout.x_scale) else {
            return false;
        };
        let delta = x.invert(0.0) - x.invert(css_dx * layout.scale);
        let next = self.view.unwrap_or(full).pan(full, delta);
        self.set_view(next, full)
    }

    /// Back to all the data.
    pub fn reset_view(&mut self) -> bool {
        self.view.take().is_some()
    }

    fn set_view(&mut self, next: XView, full: XView) -> bool {
        let next = (next != full).then_some(next);
        let changed = next != self.view;
        self.view = next;
        changed
    }

    /// Hides or shows a series (as a legend click does); the value axis follows the visible ones.
    pub fn set_series_hidden(&mut self, series: usize, hidden: bool) {
        if let Some(flag) = self.hidden.get_mut(series) {
            *flag = hidden;
        }
    }

    pub fn layout(&self, size: Size, measure: &dyn TextMeasure) -> Layout {
        layout(&self.data, &self.frame(size, measure))
    }

    /// The height, in whole CSS pixels, this chart's content asks for at `width` CSS pixels
    /// (`size.height` is ignored): every text whole, every category named at a readable size.
    pub fn content_height(&self, size: Size, measure: &dyn TextMeasure) -> f64 {
        crate::place::content_height(&self.data, &self.frame(size, measure))
    }

    fn frame<'a>(&'a self, size: Size, measure: &'a dyn TextMeasure) -> Frame<'a> {
        Frame {
            width: size.width,
            height: size.height,
            scale: size.scale,
            locale: self.options.locale,
            measure,
            hidden: &self.hidden,
            x_view: self.view,
        }
    }

    pub fn palette(&self, prefers_dark: bool) -> Palette {
        Palette::new(self.options.theme, prefers_dark)
    }

    /// Paints a layout of this chart onto any plotters backend.
    pub fn paint<DB: Batching>(
        &self,
        layout: &Layout,
        prefers_dark: bool,
        backend: &mut DB,
    ) -> Result<(), String> {
        self.paint_in_font(layout, prefers_dark, "sans-serif", backend)
    }

    fn paint_in_font<DB: Batching>(
        &self,
        layout: &Layout,
        prefers_dark: bool,
        family: &str,
        backend: &mut DB,
    ) -> Result<(), String> {
        let palette = self.palette(prefers_dark);
        let paint = Paint {
            family,
            ..self.paint_with(&palette)
        };
        draw(layout, &paint, backend).map_err(|e| e.to_string())
    }

    /// Paints the highlight of datum `target` on a transparent layer above the chart.
    pub fn paint_highlight<DB: Batching>(
        &self,
        layout: &Layout,
        prefers_dark: bool,
        target: (usize, usize),
        backend: &mut DB,
    ) -> Result<(), String> {
        let palette = self.palette(prefers_dark);
        draw_highlight(layout, &self.paint_with(&palette), target, backend)
            .map_err(|e| e.to_string())
    }

    fn paint_with<'a>(&'a self, palette: &'a Palette) -> Paint<'a> {
        let own: Vec<_> = self.data.series.iter().map(|s| s.color).collect();
        Paint {
            palette,
            data: &self.data,
            series_colors: (0..own.len()).map(|i| palette.series(&own, i)).collect(),
            family: "sans-serif",
        }
    }

    /// The chart as a standalone SVG document, at `width` × `height` CSS pixels.
    pub fn to_svg(
        &self,
        width: f64,
        height: f64,
        measure: &dyn TextMeasure,
        prefers_dark: bool,
    ) -> Result<String, String> {
        self.to_svg_in_font(width, height, measure, prefers_dark, "sans-serif")
    }

    /// [`Chart::to_svg`] with its text in `family` (a CSS font-family list): static charts
    /// name the font they were measured with.
    pub fn to_svg_in_font(
        &self,
        width: f64,
        height: f64,
        measure: &dyn TextMeasure,
        prefers_dark: bool,
        family: &str,
    ) -> Result<String, String> {
        let size = Size {
            width,
            height,
            scale: 1.0,
        };
        let layout = self.layout(size, measure);
        let dims = (layout.width.max(1.0) as u32, layout.height.max(1.0) as u32);
        let mut svg = Svg::new(dims);
        self.paint_in_font(&layout, prefers_dark, family, &mut svg)?;
        Ok(svg.finish())
    }
}
