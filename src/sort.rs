//! Stable sorting through one shared instance of the standard library's sort.
//!
//! `slice::sort_by` is monomorphised for every element type and comparator: about
//! 4 KB of WebAssembly each, ~15 instances in this crate. These helpers sort the
//! *indices* of the elements with one non-generic `sort_unstable_by` whose comparator
//! is called through `dyn`, breaking ties by index (so the order is exactly the stable
//! order `sort_by` gives), then move the elements into that order. Each call site
//! adds a few hundred bytes instead of a whole sort. Use them outside hot loops.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (the same order as `v.sort_by(cmp)`).
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items = &*v;
        sorted_indices(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().map(|&i| old[i as usize].take().expect("each index once")));
}

/// Sorts `v` stably by the key (the same order as `v.sort_by_key(key)`).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` (the same order as `v.sort()`).
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The indices `0..n` in the stable order of `cmp`: the only instance of the sort.
fn sorted_indices(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let mut idx: Vec<u32> = (0..n as u32).collect();
    idx.sort_unstable_by(|&a, &b| cmp(a as usize, b as usize).then(a.cmp(&b)));
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(u8, u32)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut a = v.clone();
            a.sort_by_key(|x| x.0);
            let mut b = v.clone();
            sort_by_key(&mut b, |x| x.0);
            assert_eq!(a, b);
            let mut c = v.clone();
            c.sort();
            let mut d = v;
            sort(&mut d);
            assert_eq!(c, d);
        }
    }
}
