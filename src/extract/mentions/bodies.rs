//! Bodies: inspectorates from the lexicon, organisations by their head word ("Northshire
//! County Council", "Department for Education"), parties and their short forms, party groups.

use crate::lexicon::{OrgHead, PartyUse, Phrase, PhraseSet, ProxyAttach, WordClass};
use crate::model::OrgCategory;

use super::{Finder, MentionKind, MAX_ORG_WORDS};
use crate::extract::roles::is_role_noun;
use crate::extract::grammar;
use crate::extract::tokens::{gap, Word};

impl Finder<'_, '_> {
    /// The longest phrase of `set` spelt by the words from `i`, as (entry, word count). The
    /// last word may be possessive; symbols of the phrase ("Fire & Rescue") stand in gaps.
    /// `starts` is the class of the phrases' first words.
    // Inlined so that the class test, which turns away nearly every word, costs no call.
    #[inline]
    pub(super) fn phrase_at(&self, i: usize, set: &PhraseSet, starts: WordClass) -> Option<(usize, usize)> {
        let first = &self.words[i];
        if !first.may_be(starts) {
            return None;
        }
        self.phrase_from(i, set)
    }

    fn phrase_from(&self, i: usize, set: &PhraseSet) -> Option<(usize, usize)> {
        let first = &self.words[i];
        let candidates = set.starting_with(first.text);
        let candidates = if candidates.is_empty() && first.is_possessive() { set.starting_with(first.base()) } else { candidates };
        candidates.iter().find(|p| self.spells(i, p)).map(|p| (p.entry, p.words.len()))
    }

    pub(super) fn spells(&self, i: usize, phrase: &Phrase) -> bool {
        let n = phrase.words.len();
        phrase.words.iter().enumerate().all(|(k, part)| {
            let Some(w) = self.words.get(i + k) else { return false };
            let text = if k + 1 == n { w.base() } else { w.text };
            let gap_ok = k + 1 == n
                || self.words.get(i + k + 1).is_some_and(|next| {
                    gap(self.text, w.span.end, next.span.start).chars().all(|c| c.is_whitespace() || phrase.symbols.contains(&c))
                });
            text == part && gap_ok
        })
    }

    pub(super) fn inspectorates(&mut self) {
        for i in 0..self.words.len() {
            let hit = self.phrase_at(i, &self.lex.inspectorate_phrases, WordClass::INSPECTORATE_START).map(|(entry, n)| (n, self.lex.inspectorates[entry].1.clone()));
            if let Some((n, canonical)) = hit {
                if self.free(i, i + n) {
                    let key = canonical.to_lowercase();
                    self.push(i, i + n, MentionKind::Organization { label: canonical, key, category: OrgCategory::Inspectorate });
                }
            }
        }
    }

    pub(super) fn org_word(&self, i: usize) -> bool {
        let w = &self.words[i];
        let function_word = w.may_be(WordClass::FUNCTION_WORD) && self.lex.function_words.contains(w.text);
        w.is_capitalised() && !function_word && !self.taken[i] && !grammar::is_modifier_compound(w.text)
    }

    pub(super) fn organisations(&mut self) {
        for i in 0..self.words.len() {
            if !self.words[i].may_be(WordClass::ORG_HEAD) {
                continue;
            }
            let Some(&head) = self.lex.org_heads.get(self.words[i].base()) else { continue };
            // "Riverside University Hospitals NHS Foundation Trust": a later head takes the whole name.
            // A legal form may be written in lower case ("Tesco plc").
            let written_as_head = self.words[i].is_capitalised() || head == OrgHead::Legal;
            if self.taken[i] || !written_as_head || (self.joined(i) && self.head_follows(i + 1)) {
                continue;
            }
            let mut start = i;
            // "Prison Officers' Association": a plural possessive may stand inside a name.
            while start > 0 && i - start < MAX_ORG_WORDS && (self.joined(start - 1) || self.plural_possessive(start - 1)) && !self.owner_before(start - 1) {
                let prev = start - 1;
                // "HM Inspector of Constabulary", "Leader of Eastmoor Council": a role noun
                // before "of" makes the words before it a title, not part of the name.
                let connector = matches!(self.words[prev].text, "and" | "of" | "&")
                    && prev > 0
                    && self.org_word(prev - 1)
                    && !(self.words[prev].text == "of" && (is_role_noun(&self.words[prev - 1], self.lex) || self.person_before(prev)));
                // "Housebuilder Barratt Homes": a noun of body kind before a name of two words
                // or more is not in it; before the head alone it is ("the Charity Commission").
                let kind_noun = start < i && self.words[prev].may_be(WordClass::ORG_NOUN) && self.lex.org_nouns.contains(&self.words[prev].lower());
                if (self.org_word(prev) && !kind_noun) || connector {
                    start = prev;
                } else {
                    break;
                }
            }
            let mut end = i + 1;
            if !self.words[i].is_possessive() {
                while end < self.words.len() && end - start < MAX_ORG_WORDS && self.joined(end - 1) {
                    let connector = match self.words[end].text {
                        "for" | "of" => end + 1 < self.words.len() && self.org_word(end + 1),
                        // "and" joins words of one name, not two bodies ("... and Avonford Police"),
                        // and only inside a "for" or "of" part ("Department for Business and
                        // Trade"): right after the head it joins a title ("Police and Crime
                        // Commissioner Ann Cole") or a second body.
                        "and" | "&" => end > i + 1 && end + 1 < self.words.len() && self.org_word(end + 1) && !self.head_follows(end + 1),
                        _ => false,
                    };
                    if connector || (end > i + 1 && self.org_word(end)) {
                        end += if connector { 2 } else { 1 };
                        if self.words[end - 1].is_possessive() {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                end = self.portfolio_list_end(i, end).unwrap_or(end);
            }
            if end - start < 2 || !self.free(start, end) || self.party_group_at(start, i) {
                continue;
            }
            let label = self.name_of(start, end);
            let (key, category) = match head {
                OrgHead::Council => (self.council_key(start, i), OrgCategory::Council),
                OrgHead::Legal => (self.name_of(start, i).to_lowercase(), self.category_before_legal_form(i)),
                _ => (self.school_key(start, end).unwrap_or_else(|| label.to_lowercase()), category_of(head)),
            };
            self.push(start, end, MentionKind::Organization { label, key, category });
        }
    }

    /// "Department for Environment, Food and Rural Affairs": a name whose "for" or "of"
    /// part (after the head at `head`) ends in a word naming what a department is for, at
    /// `end`, runs on through a list of such words, commas between, to the "and" that
    /// ends it. Any other word in the list makes it a list of bodies: None.
    fn portfolio_list_end(&self, head: usize, end: usize) -> Option<usize> {
        let in_part = (head + 1..end).any(|k| matches!(self.words[k].text, "for" | "of"));
        if !in_part || !self.is_portfolio_word(end - 1) {
            return None;
        }
        let mut k = end;
        loop {
            let (_, g) = self.gap_after(k - 1)?;
            if g.trim() != "," || !g.ends_with(' ') {
                return None;
            }
            let item = self.portfolio_words_from(k);
            if item == k {
                return None;
            }
            if self.words.get(item).is_some_and(|w| w.text == "and") && self.joined(item - 1) && self.joined(item) {
                let last = self.portfolio_words_from(item + 1);
                return (last > item + 1).then_some(last);
            }
            k = item;
        }
    }

    /// The end of the run of portfolio words from `k`, joined by spaces.
    fn portfolio_words_from(&self, k: usize) -> usize {
        let mut j = k;
        while j < self.words.len() && self.is_portfolio_word(j) && (j == k || self.joined(j - 1)) {
            j += 1;
        }
        j
    }

    fn is_portfolio_word(&self, k: usize) -> bool {
        !self.taken[k] && self.lex.portfolio_words.contains(self.words[k].text)
    }

    /// The kind of body a company is by the head before its legal form ("Sunrise Care
    /// Homes Ltd" is a health body), else other.
    fn category_before_legal_form(&self, legal: usize) -> OrgCategory {
        match legal.checked_sub(1).and_then(|k| self.lex.org_heads.get(self.words[k].base())) {
            Some(&head) if head != OrgHead::Council => category_of(head),
            _ => OrgCategory::Other,
        }
    }

    /// "Cyngor Gwynedd", "Ysgol Gymraeg Bro Taf": a name that puts the kind of body first
    /// runs on over the capitalised words after it. A council keeps the key of the same
    /// council named the English way ("Gwynedd Council").
    pub(super) fn organisations_kind_first(&mut self) {
        for i in 0..self.words.len() {
            let w = &self.words[i];
            if !w.may_be(WordClass::ORG_HEAD_FIRST) || self.taken[i] {
                continue;
            }
            let Some(&head) = self.lex.org_heads_first.get(w.text) else { continue };
            let end = self.org_words_after(i, MAX_ORG_WORDS - 1);
            if end == i + 1 {
                continue;
            }
            let label = self.name_of(i, end);
            let (key, category) = match head {
                OrgHead::Council => (self.council_key(i + 1, end), OrgCategory::Council),
                _ => (label.to_lowercase(), category_of(head)),
            };
            self.push(i, end, MentionKind::Organization { label, key, category });
        }
    }

    /// "bus operator National Express", "the charity Shelter", "Developer Redstone Land
    /// said": a capitalised name after a noun that says what kind of body it is, written
    /// in lower case or opening a sentence, when no head word made it one already.
    pub(super) fn named_after_org_noun(&mut self) {
        for i in 0..self.words.len() {
            let w = &self.words[i];
            if !w.may_be(WordClass::ORG_NOUN) || (w.is_capitalised() && !self.opens_sentence(i)) || !self.lex.org_nouns.contains(&w.lower()) {
                continue;
            }
            let end = self.org_words_after(i, MAX_ORG_WORDS);
            if end > i + 1 {
                let label = self.name_of(i + 1, end);
                let key = label.to_lowercase();
                self.push(i + 1, end, MentionKind::Organization { label, key, category: OrgCategory::Other });
            }
        }
    }

    /// "A Defra spokesperson said", "a Network Rail spokesman": the capitalised words
    /// between "a", "an" or "the" and a noun through which a body speaks ("a council
    /// spokesman") name that body, when no earlier pass read them as a name of its own.
    pub(super) fn named_before_proxy_noun(&mut self) {
        for i in 1..self.words.len() {
            let w = &self.words[i];
            if !w.may_be(WordClass::PROXY_NOUN) || w.is_capitalised() || !self.words[i - 1].is_capitalised() {
                continue;
            }
            let Some(attach) = self.lex.proxy_nouns.get(&w.lower()) else { continue };
            if !matches!(attach, ProxyAttach::Before | ProxyAttach::Both) {
                continue;
            }
            let mut start = i;
            while start > 0 && i - start < MAX_ORG_WORDS && self.org_word(start - 1) && self.joined(start - 1) && !self.words[start - 1].is_possessive() {
                start -= 1;
            }
            let article = start > 0 && matches!(&*self.words[start - 1].lower(), "a" | "an" | "the") && self.joined(start - 1);
            if start < i && article && self.free(start, i) {
                let label = self.name_of(start, i);
                let key = label.to_lowercase();
                self.push(start, i, MentionKind::Organization { label, key, category: OrgCategory::Other });
            }
        }
    }

    /// The end of the run of up to `most` organisation words after word `i`, each joined to
    /// the one before by spaces; a possessive ends the run ("Cyngor Gwynedd’s").
    fn org_words_after(&self, i: usize, most: usize) -> usize {
        let mut end = i + 1;
        while end < self.words.len() && end - i <= most && self.org_word(end) && self.joined(end - 1) {
            end += 1;
            if self.words[end - 1].is_possessive() {
                break;
            }
        }
        end
    }

    /// True when word `k` is a possessive naming an owner ("Northshire Council’s"), not
    /// part of the name after it ("St Mary’s Hospital").
    fn owner_before(&self, k: usize) -> bool {
        self.words[k].is_possessive() && !(k > 0 && self.joined(k - 1) && self.lex.name_prefixes.contains(self.words[k - 1].text))
    }

    /// The kind of body whose names word `k` ends, when it is a head word of the lexicon.
    pub(super) fn org_head_at(&self, k: usize) -> Option<OrgHead> {
        let w = &self.words[k];
        w.may_be(WordClass::ORG_HEAD).then(|| self.lex.org_heads.get(w.base()).copied()).flatten()
    }

    /// True when a run of capitalised words from `i` ends in an organisation head.
    pub(super) fn head_follows(&self, i: usize) -> bool {
        let mut k = i;
        while k < self.words.len() {
            let org_word = self.org_word(k);
            if self.org_head_at(k).is_some_and(|h| org_word || h == OrgHead::Legal) {
                return true;
            }
            if !org_word || !self.joined(k) {
                break;
            }
            k += 1;
        }
        false
    }

    /// "Northshire County Council" and "Northshire Council" share the key "northshire council".
    pub(super) fn council_key(&self, start: usize, head: usize) -> String {
        let place: Vec<std::borrow::Cow<'_, str>> = self.words[start..head]
            .iter()
            .filter(|w| !self.lex.council_types.contains(w.text))
            .map(|w| w.lower())
            .collect();
        format!("{} council", place.join(" ")).trim().to_string()
    }

    pub(super) fn in_bracket(&self, from: usize, to: usize) -> bool {
        let opened = self.text[..self.words[from].span.start].trim_end().ends_with('(');
        let after_end = self.words.get(to).map_or(self.words[to - 1].span.end + 1, |w| w.span.start);
        let after = gap(self.text, self.words[to - 1].span.end, after_end);
        let listed = from > 0 && gap(self.text, self.words[from - 1].span.end, self.words[from].span.start).contains(", ");
        (opened || listed && self.bracket_open_before(from)) && (after.starts_with(',') || after.starts_with(')'))
    }

    /// True when an unclosed "(" stands a few words before word `i`.
    pub(super) fn bracket_open_before(&self, i: usize) -> bool {
        const BRACKET_REACH: usize = 60;
        let to = self.words[i].span.start;
        let mut from = to.saturating_sub(BRACKET_REACH);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = gap(self.text, from, to);
        before.rfind('(').is_some_and(|o| !before[o..].contains(')'))
    }

    pub(super) fn party_context(&self, from: usize, to: usize) -> bool {
        let next = self.words.get(to).map(|w| w.text);
        let possessive_next = next.is_some() && ((self.words[to - 1].is_possessive() && self.joined(to - 1)) || self.plural_possessive(to - 1));
        // "Independent Geoff Tarrant": the party word before a name.
        let before_name = to + 1 < self.words.len()
            && self.words[to].is_name_like()
            && self.words[to + 1].is_name_like()
            && self.joined(to - 1)
            && self.joined(to);
        // "Green co-leader": a compound's last part counts.
        let party_word = |n: &str| self.lex.party_words.contains(n) || n.rsplit_once('-').is_some_and(|(_, last)| self.lex.party_words.contains(last));
        next.is_some_and(party_word)
            || possessive_next
            || before_name
            || self.in_bracket(from, to)
            || self.party_as_noun(from, to)
            || self.party_after_for(from, to)
    }

    /// "Cllr Ann Lee, an Independent, said", "who stood as a Green in 2021": the party
    /// word as a noun after "a" or "an", ending its phrase, where "a Green light" is no
    /// party.
    fn party_as_noun(&self, from: usize, to: usize) -> bool {
        let article = from > 0 && matches!(self.words[from - 1].text, "a" | "an") && self.joined(from - 1);
        article && self.ends_phrase(to)
    }

    /// "who represents Abbey ward for the Greens", "stood for Reform in 2024": the party
    /// after "for" or "for the", ending its phrase, where "calls for Reform of the system"
    /// is no party.
    fn party_after_for(&self, from: usize, to: usize) -> bool {
        let after = |k: usize, word: &str| k > 0 && self.words[k - 1].text == word && self.joined(k - 1);
        let after_for = after(from, "for") || (after(from, "the") && after(from - 1, "for"));
        after_for && self.ends_phrase(to)
    }

    /// True when the phrase ending before word `to` ends there: a mark, "who", a
    /// preposition of time or place or nothing follows.
    fn ends_phrase(&self, to: usize) -> bool {
        self.words.get(to).is_none_or(|next| {
            matches!(next.text, "who" | "in" | "since" | "until" | "at" | "for" | "from")
                || gap(self.text, self.words[to - 1].span.end, next.span.start).trim_start().starts_with([',', '.', ';', ')', '-', '–', '—'])
        })
    }

    /// True when words `from..to` are a short form of a party earlier paragraphs named,
    /// standing alone inside a sentence: capitalised, not its first word, and not part of
    /// a longer name ("Village Green Road", "the Welfare Reform Act", "The Independent").
    fn named_before(&self, from: usize, to: usize, canonical: &str) -> bool {
        if !self.earlier.parties.iter().any(|p| p == canonical) || from == 0 || !self.words[from].is_capitalised() {
            return false;
        }
        let before = &self.words[from - 1];
        let sentence_start = gap(self.text, before.span.end, self.words[from].span.start).contains(['.', '!', '?', ':', '\n']);
        // A capitalised "The" opens a title too ("told The Independent").
        let name_before = self.joined(from - 1) && before.is_capitalised();
        let name_after = self.joined(to - 1) && self.words.get(to).is_some_and(Word::is_capitalised);
        !sentence_start && !name_before && !name_after
    }

    /// True when the words from `start` to the head `head` end in a party's name and the
    /// head is a group word ("the Labour Group"): a party group, which [`Self::parties`]
    /// reads, not a body named "Group".
    fn party_group_at(&self, start: usize, head: usize) -> bool {
        self.is_group_word(head) && (start..head).any(|k| self.phrase_at(k, &self.lex.party_phrases, WordClass::PARTY_START).is_some_and(|(_, n)| k + n == head))
    }

    /// "group" or "administration", in any case: the word after a party that makes it a group.
    fn is_group_word(&self, k: usize) -> bool {
        matches!(&*self.words[k].lower(), "group" | "administration")
    }

    pub(super) fn parties(&mut self) {
        let mut i = 0;
        while i < self.words.len() {
            let hit = self.phrase_at(i, &self.lex.party_phrases, WordClass::PARTY_START).map(|(entry, n)| (n, &self.lex.parties[entry]));
            let Some((n, party)) = hit else {
                i += 1;
                continue;
            };
            let allowed = match party.usage {
                PartyUse::Any => true,
                PartyUse::Context => self.party_context(i, i + n) || self.named_before(i, i + n, &party.canonical),
                PartyUse::Bracket => self.in_bracket(i, i + n),
            };
            if !allowed || !self.free(i, i + n) {
                i += 1;
                continue;
            }
            let canonical = party.canonical.clone();
            let group_end = (i + n..(i + n + 2).min(self.words.len()))
                .take_while(|&k| self.joined(k - 1) && !self.words[k - 1].is_possessive())
                .find(|&k| self.is_group_word(k));
            match group_end {
                Some(k) => self.push(i, k + 1, MentionKind::PartyGroup { canonical }),
                None => self.push(i, i + n, MentionKind::Party { canonical }),
            }
            i += n;
        }
    }
}

/// The category of body a head word names (a legal form names none: other).
pub(super) fn category_of(head: OrgHead) -> OrgCategory {
    match head {
        OrgHead::Council => OrgCategory::Council,
        OrgHead::Police => OrgCategory::Police,
        OrgHead::Health => OrgCategory::Health,
        OrgHead::Government => OrgCategory::Government,
        OrgHead::Other | OrgHead::Legal => OrgCategory::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{mentions, org, person};
    use crate::model::{Gender, OrgCategory};
    use crate::extract::mentions::MentionKind;

    #[test]
    fn unions_companies_societies_and_units_are_bodies_not_people() {
        let cases: &[(&str, MentionKind)] = &[
            ("Valley Bus Company", org("Valley Bus Company", "valley bus company", OrgCategory::Other)),
            ("National Education Union", org("National Education Union", "national education union", OrgCategory::Other)),
            ("Police Federation", org("Police Federation", "police federation", OrgCategory::Other)),
            ("Northgate Housing Society", org("Northgate Housing Society", "northgate housing society", OrgCategory::Other)),
            ("Fenland Development Corporation", org("Fenland Development Corporation", "fenland development corporation", OrgCategory::Other)),
            ("Coastal Research Institute", org("Coastal Research Institute", "coastal research institute", OrgCategory::Other)),
            // What probation and youth justice inspectors rate.
            ("Eastvale Probation Delivery Unit", org("Eastvale Probation Delivery Unit", "eastvale probation delivery unit", OrgCategory::Other)),
            ("Northshire Youth Offending Team", org("Northshire Youth Offending Team", "northshire youth offending team", OrgCategory::Other)),
        ];
        for (name, want) in cases {
            assert_eq!(mentions(&format!("A spokesman for the {name} said so.")), [(name.to_string(), want.clone())], "{name}");
        }
    }

    #[test]
    fn a_name_after_a_noun_of_body_kind_is_an_organisation() {
        let cases: &[(&str, &[MentionKind])] = &[
            ("Bus operator National Express agreed.", &[org("National Express", "national express", OrgCategory::Other)]),
            ("The charity Shelter said no.", &[org("Shelter", "shelter", OrgCategory::Other)]),
            ("Housebuilder Barratt Homes appealed.", &[org("Barratt Homes", "barratt homes", OrgCategory::Health)]),
            ("Operator Stagecoach said no.", &[org("Stagecoach", "stagecoach", OrgCategory::Other)]),
            ("Charity Commission staff said no.", &[org("Charity Commission", "charity commission", OrgCategory::Government)]),
            // A capitalised noun starts a title, and a person may follow other nouns.
            ("Pub landlord Jo Bell agreed.", &[person("Jo Bell", Gender::Unknown)]),
        ];
        assert_kinds(cases);
    }

    /// Asserts, for each (text, kinds) row, the kinds of the text's mentions in order.
    fn assert_kinds(cases: &[(&str, &[MentionKind])]) {
        for (text, want) in cases {
            let got: Vec<MentionKind> = mentions(text).into_iter().map(|(_, k)| k).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn a_department_s_name_runs_on_through_its_list_of_portfolios() {
        let department = |name: &str| org(name, &name.to_lowercase(), OrgCategory::Government);
        let cases: &[(&str, &[MentionKind])] = &[
            ("A spokesman for the Department for Business, Energy and Industrial Strategy said no.",
                &[department("Department for Business, Energy and Industrial Strategy")]),
            ("The Department for Children, Schools and Families, since renamed, said no.",
                &[department("Department for Children, Schools and Families")]),
            ("The Department of Agriculture, Fisheries, Tourism and Rural Affairs said no.",
                &[department("Department of Agriculture, Fisheries, Tourism and Rural Affairs")]),
            // A name after the comma is another body, and a list with no "and" is no name.
            ("The Department for Transport, Food Standards Agency and Ofgem said no.",
                &[department("Department for Transport"), org("Food Standards Agency", "food standards agency", OrgCategory::Government)]),
            ("The Department for Education, Health officials and teachers agreed.", &[department("Department for Education")]),
            // Without a "for" or "of" part the commas part bodies.
            ("The Welsh Government, Education and Skills officers agreed.", &[department("Welsh Government")]),
            ("The Office for Students, Housing and Skills officers agreed.", &[department("Office for Students")]),
        ];
        assert_kinds(cases);
    }

    #[test]
    fn a_name_between_an_article_and_a_proxy_noun_is_a_body() {
        let cases: &[(&str, &[MentionKind])] = &[
            ("A Defra spokesperson said the river was monitored.", &[org("Defra", "defra", OrgCategory::Other)]),
            ("“We apologise,” said a Network Rail spokesman.", &[org("Network Rail", "network rail", OrgCategory::Other)]),
            ("An Anglian Water spokeswoman said pipes were being replaced.", &[org("Anglian Water", "anglian water", OrgCategory::Other)]),
            // A name another pass reads keeps its kind.
            ("A Green spokesperson said no.", &[MentionKind::Party { canonical: "Green".into() }]),
            ("A Northshire County Council spokesperson said no.", &[org("Northshire County Council", "northshire council", OrgCategory::Council)]),
            // No article, or a noun that only attaches after, or a possessive: no body.
            ("Defra spokesperson Ann Lee said no.", &[person("Ann Lee", Gender::Unknown)]),
            ("A Defra statement said no.", &[]),
            ("The Mayor’s spokesperson said no.", &[]),
        ];
        assert_kinds(cases);
    }
}
