//! Text on the canvas: the font, colour, alignment and baseline are set only when they change
//! (plotters-canvas sets all four for every label).

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendCoord, BackendTextStyle, FontTransform};

use super::{css_color, failed, BatchingCanvas, Result};
use crate::math::Num;

/// The text state this backend last put on the context; `None` once plotters-canvas may have
/// changed it.
#[derive(Default)]
pub(super) struct TextState {
    font: String,
    color: Option<((u8, u8, u8), f64)>,
    align: &'static str,
    baseline: &'static str,
}

impl BatchingCanvas {
    /// Unrotated text is drawn setting only the context state that changed; turned text
    /// as plotters-canvas draws it.
    pub(super) fn text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // Turned text (quarter turns) is drawn at the origin of a turned context, between a
        // save and a restore, as plotters-canvas draws it.
        let turn = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.5,
            FontTransform::Rotate180 => 1.0,
            FontTransform::Rotate270 => 1.5,
        } * std::f64::consts::PI;
        self.flush();
        let mut at = (f64::from(pos.0), f64::from(pos.1));
        if turn != 0.0 {
            self.context.save();
            let turned = self
                .context
                .translate(at.0, at.1)
                .and_then(|()| self.context.rotate(turn));
            if let Err(e) = turned {
                self.context.restore();
                return Err(failed(e));
            }
            at = (0.0, 0.0);
        }
        let state = self.text.get_or_insert_with(TextState::default);
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            Num(style.size()),
            style.family().as_str()
        );
        if state.font != font {
            self.context.set_font(&font);
            state.font = font;
        }
        if state.color != Some((color.rgb, color.alpha)) {
            self.context
                .set_fill_style_str(&css_color(color.rgb, color.alpha));
            state.color = Some((color.rgb, color.alpha));
        }
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if state.align != align {
            self.context.set_text_align(align);
            state.align = align;
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if state.baseline != baseline {
            self.context.set_text_baseline(baseline);
            state.baseline = baseline;
        }
        let drawn = self.context.fill_text(text, at.0, at.1).map_err(failed);
        if turn != 0.0 {
            // The restore undoes this text's state: what the context holds is unknown here.
            self.context.restore();
            self.text = None;
        }
        drawn
    }
}
