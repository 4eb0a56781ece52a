//! Per-call samples reduced to the figures the table shows.

use std::time::Duration;

/// Sample statistics in microseconds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    /// Samples.
    pub n: usize,
    /// Fastest call.
    pub min_us: f64,
    /// Median.
    pub median_us: f64,
    /// 99th percentile (nearest rank).
    pub p99_us: f64,
}

impl Stats {
    /// The statistics of `samples`; `None` when there are none.
    pub fn of(mut samples: Vec<Duration>) -> Option<Self> {
        if samples.is_empty() {
            return None;
        }
        samples.sort();
        let at = |q: f64| {
            let rank = (samples.len() as f64 * q).ceil() as usize;
            samples[rank.clamp(1, samples.len()) - 1].as_secs_f64() * 1e6
        };
        Some(Self {
            n: samples.len(),
            min_us: samples[0].as_secs_f64() * 1e6,
            median_us: at(0.5),
            p99_us: at(0.99),
        })
    }

    /// The statistics of samples given in nanoseconds (what the peer runtimes report).
    pub fn of_nanos(samples: &[u64]) -> Option<Self> {
        Self::of(samples.iter().map(|ns| Duration::from_nanos(*ns)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_median_and_p99_use_nearest_rank() {
        let samples: Vec<u64> = (1..=100).map(|us| us * 1000).collect();
        let stats = Stats::of_nanos(&samples).expect("samples");
        assert_eq!(stats.n, 100);
        assert_eq!(stats.min_us, 1.0);
        assert_eq!(stats.median_us, 50.0);
        assert_eq!(stats.p99_us, 99.0);
    }

    #[test]
    fn one_sample_is_every_statistic_and_none_is_nothing() {
        let stats = Stats::of(vec![Duration::from_micros(7)]).expect("one sample");
        assert_eq!(
            (stats.min_us, stats.median_us, stats.p99_us),
            (7.0, 7.0, 7.0)
        );
        assert!(Stats::of(Vec::new()).is_none());
    }
}
