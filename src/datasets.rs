//! The built-in datasets: the figures of the article "Telegram a gagné 70 millions
//! d'utilisateurs durant la panne Facebook" (October 2021), in French and English.
//!
//! Only what the article reports: Telegram's 70 million new users, Signal's "millions" (no
//! figure, so unknown), and Facebook's $7 billion loss as its share fell 5 %.

use crate::locale::Locale;
use crate::model::{Dataset, Domain, Kind, Note, NoteAt, Series, Unit};

/// Name and dataset, in a stable order.
pub fn builtin(locale: Locale) -> Vec<(&'static str, Dataset)> {
    vec![
        ("user-gains", user_gains(locale)),
        ("market-cap-loss", market_cap_loss(locale)),
    ]
}

/// The dataset a chart shows when a page gives none.
pub fn default_dataset(locale: Locale) -> Dataset {
    user_gains(locale)
}

/// French typography: no-break spaces inside the guillemets, so a line never starts with "»".
const ARTICLE: &str =
    "«\u{a0}Telegram a gagné 70 millions d’utilisateurs durant la panne Facebook\u{a0}»";

fn user_gains(locale: Locale) -> Dataset {
    let fr = locale == Locale::Fr;
    Dataset {
        title: pick(
            fr,
            "Telegram a gagné 70 millions d’utilisateurs pendant la panne de Facebook",
            "Telegram gained 70 million users during the Facebook outage",
        ),
        subtitle: Some(pick(
            fr,
            "Nouveaux utilisateurs annoncés pendant la panne de Facebook, WhatsApp, Messenger et Instagram, octobre 2021",
            "New users announced during the outage of Facebook, WhatsApp, Messenger and Instagram, October 2021",
        )),
        source: Some(match locale {
            Locale::Fr => format!("Pavel Durov (Telegram) et Signal (Twitter), cités par l’article {ARTICLE}"),
            Locale::En => format!("Pavel Durov (Telegram) and Signal (Twitter), quoted in the article {ARTICLE}"),
        }),
        kind: Kind::HBar,
        domain: Domain::Categories(vec!["Telegram".into(), "Signal".into()]),
        unit: None,
        format: None,
        series: vec![Series {
            name: pick(fr, "Nouveaux utilisateurs", "New users"),
            values: vec![Some(70e6), None],
            x: None,
            color: None,
            unknown: None,
        }],
        notes: vec![Note {
            at: NoteAt::Category(1),
            text: pick(
                fr,
                "Signal a annoncé « des millions de nouveaux utilisateurs », sans préciser de chiffre.",
                "Signal announced “millions of new users” without giving a figure.",
            ),
        }],
        facts: Default::default(),
    }
}

fn market_cap_loss(locale: Locale) -> Dataset {
    let fr = locale == Locale::Fr;
    Dataset {
        title: pick(
            fr,
            "Facebook a perdu 7 milliards de dollars en bourse en quelques heures",
            "Facebook lost $7 billion in market value in a few hours",
        ),
        subtitle: Some(pick(
            fr,
            "L’action a chuté de 5 % pendant la panne de Facebook, WhatsApp, Messenger et Instagram, octobre 2021",
            "Its share fell 5% during the outage of Facebook, WhatsApp, Messenger and Instagram, October 2021",
        )),
        source: Some(match locale {
            Locale::Fr => format!("article {ARTICLE}"),
            Locale::En => format!("the article {ARTICLE}"),
        }),
        kind: Kind::Bar,
        domain: Domain::Categories(vec!["Facebook".into()]),
        unit: Some(match locale {
            Locale::Fr => Unit { prefix: None, suffix: Some(" $".into()) },
            Locale::En => Unit { prefix: Some("$".into()), suffix: None },
        }),
        format: None,
        series: vec![Series {
            name: pick(fr, "Variation de la capitalisation boursière", "Change in market value"),
            values: vec![Some(-7e9)],
            x: None,
            color: None,
            unknown: None,
        }],
        notes: vec![Note {
            at: NoteAt::Category(0),
            text: pick(
                fr,
                "Perte estimée sur quelques heures de cotation, le jour de la panne.",
                "Loss over a few hours of trading on the day of the outage.",
            ),
        }],
        facts: Default::default(),
    }
}

fn pick(fr: bool, french: &str, english: &str) -> String {
    if fr { french } else { english }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::with_unit;
    use crate::validate::validate;

    #[test]
    fn builtins_are_valid_and_round_trip() {
        for locale in [Locale::Fr, Locale::En] {
            for (name, data) in builtin(locale) {
                let back = validate(&data.to_value()).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(back, data, "{name}");
                assert!(data.source.is_some(), "{name} names its source");
            }
        }
    }

    #[test]
    fn figures_are_the_articles() {
        for locale in [Locale::Fr, Locale::En] {
            let gains = user_gains(locale);
            assert_eq!(
                gains.series[0].values,
                vec![Some(70e6), None],
                "Signal's figure is unknown"
            );
            let loss = market_cap_loss(locale);
            assert_eq!(loss.series[0].values, vec![Some(-7e9)]);
            let subtitle = loss.subtitle.unwrap_or_default();
            assert!(
                subtitle.contains("5 %") || subtitle.contains("5%"),
                "{subtitle}"
            );
        }
        let fr = market_cap_loss(Locale::Fr).unit();
        assert_eq!(
            with_unit(-7e9, Locale::Fr, fr.prefix(), fr.suffix()),
            "-7\u{a0}Md $"
        );
        let en = market_cap_loss(Locale::En).unit();
        assert_eq!(
            with_unit(-7e9, Locale::En, en.prefix(), en.suffix()),
            "-$7B"
        );
    }
}
