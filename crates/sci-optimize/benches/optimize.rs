//! Criterion benches of the `optimize/*` workloads of `shared/BENCHMARKS.md` (group
//! `optimize`), the twins of `benches/scipy/optimize.py`.

use criterion::{Criterion, criterion_group, criterion_main};

fn workloads(c: &mut Criterion) {
    let group = c.benchmark_group("optimize");
    group.finish();
}

criterion_group!(benches, workloads);
criterion_main!(benches);
