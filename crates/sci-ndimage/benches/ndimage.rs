//! Criterion benches of the `ndimage/*` workloads of `shared/BENCHMARKS.md` (group
//! `ndimage`), the twins of `benches/scipy/ndimage.py`.

use criterion::{Criterion, criterion_group, criterion_main};

fn workloads(c: &mut Criterion) {
    let group = c.benchmark_group("ndimage");
    group.finish();
}

criterion_group!(benches, workloads);
criterion_main!(benches);
