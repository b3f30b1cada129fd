//! Counting a few distinct items without another map type.
//!
//! Every `BTreeMap<K, V>` or `HashMap<K, V>` with new `K`, `V` is a new copy of the
//! map's code in the WebAssembly module (kilobytes each). Where only a handful of
//! distinct items are counted (an entity's mention types, its spellings, an
//! event's statuses), a list searched linearly is as fast and costs almost nothing.

/// How often each distinct item occurs, in order of first occurrence.
pub fn tally<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<(T, usize)> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for x in items {
        match counts.iter_mut().find(|(y, _)| *y == x) {
            Some((_, n)) => *n += 1,
            None => counts.push((x, 1)),
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::tally;

    #[test]
    fn counts_in_order_of_first_occurrence() {
        assert_eq!(tally(["b", "a", "b", "c", "b"].into_iter()), vec![("b", 3), ("a", 1), ("c", 1)]);
        assert!(tally(std::iter::empty::<u8>()).is_empty());
    }
}
