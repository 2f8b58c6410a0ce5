//! Dates as far as the text gives them: a year, a month, a day, each possibly unknown.

use std::fmt;

/// A date with unknown parts left unknown ("July", "the summer of 2023", "17 July 2023").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PartialDate {
    /// The year.
    pub year: Option<i32>,
    /// The month, 1-12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Only a year.
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year: Some(year), ..PartialDate::default() }
    }

    /// True when nothing is known.
    pub fn is_unknown(&self) -> bool {
        self.year.is_none() && self.month.is_none() && self.day.is_none()
    }

    /// True when no known part of one contradicts the other.
    pub fn compatible(&self, other: &PartialDate) -> bool {
        fn agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            a.is_none() || b.is_none() || a == b
        }
        agree(self.year, other.year) && agree(self.month, other.month) && agree(self.day, other.day)
    }

    /// The known parts of both (this one's first).
    pub fn union(&self, other: &PartialDate) -> PartialDate {
        PartialDate {
            year: self.year.or(other.year),
            month: self.month.or(other.month),
            day: if self.month.or(other.month).is_some() { self.day.or(other.day) } else { None },
        }
    }

    /// Reads what [`PartialDate::iso`] writes (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); None for
    /// anything else, including impossible months and days.
    pub fn from_iso(text: &str) -> Option<PartialDate> {
        let mut parts = text.split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let mut two = |max: u8| -> Option<Option<u8>> {
            match parts.next() {
                None => Some(None),
                Some(p) if p.len() == 2 => p.parse().ok().filter(|n| (1..=max).contains(n)).map(Some),
                Some(_) => None,
            }
        };
        let month = two(12)?;
        let day = if month.is_some() { two(31)? } else { None };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year: Some(year), month, day })
    }

    /// ISO 8601 as far as known from the year down: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`;
    /// None without a year, since a month alone has no ISO form.
    pub fn iso(&self) -> Option<String> {
        let year = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year:04}-{m:02}"),
            _ => format!("{year:04}"),
        })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.iso() {
            Some(iso) => f.write_str(&iso),
            None => match self.month {
                Some(m) => write!(f, "????-{m:02}"),
                None => f.write_str("unknown"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_parts_combine_and_unknown_parts_stay_unknown() {
        let july = PartialDate { month: Some(7), day: Some(17), ..Default::default() };
        let y2023 = PartialDate::year(2023);
        assert!(july.compatible(&y2023));
        assert_eq!(july.union(&y2023).iso().as_deref(), Some("2023-07-17"));
        assert_eq!(july.iso(), None);
        assert!(!PartialDate::year(2019).compatible(&y2023));
        assert_eq!(y2023.iso().as_deref(), Some("2023"));
    }

    #[test]
    fn iso_dates_read_back() {
        for text in ["2023", "2023-07", "2023-07-17"] {
            assert_eq!(PartialDate::from_iso(text).and_then(|d| d.iso()).as_deref(), Some(text));
        }
        for bad in ["", "23", "2023-13", "2023-7", "2023-07-32", "2023-07-17-1", "July 2023"] {
            assert_eq!(PartialDate::from_iso(bad), None, "{bad}");
        }
    }
}
