//! Section `fft_signal`: the lecture notes' 5.4 example, a noisy 0.2 Hz sine (period 5 s,
//! sampled every 0.02 s): find its frequency with `fftpack.fftfreq` and `fftpack.fft`, zero
//! the higher frequencies and go back with `fftpack.ifft`.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};
use sci::fft::fftpack;

use crate::figure::Plot;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "fft_signal",
    follows: "Lecture notes 5.4 scipy.fftpack: the noisy 0.2 Hz signal, peak frequency, filtering",
    needs_data: false,
    run,
};

/// Prints the peak frequency and writes `fft_signal.png` and `fft_signal_power.png`.
fn run(ctx: &Context) -> Result {
    // time_step = 0.02; period = 5.; time_vec = np.arange(0, 20, time_step)
    let time_step = 0.02;
    let period = 5.0;
    let n = 1000;
    let time_vec: Vec<f64> = (0..n).map(|k| k as f64 * time_step).collect();
    // The tutorial's noise is np.random.randn: random, so only the look has to match.
    let mut rng = StdRng::seed_from_u64(2024);
    let sig: Vec<f64> = time_vec
        .iter()
        .map(|&t| {
            let noise: f64 = StandardNormal.sample(&mut rng);
            (2.0 * std::f64::consts::PI / period * t).sin() + 0.5 * noise
        })
        .collect();

    // sample_freq = fftpack.fftfreq(sig.size, d=time_step); sig_fft = fftpack.fft(sig)
    let sample_freq = fftpack::fftfreq(sig.len(), time_step)?;
    let mut sig_fft = fftpack::fft(&sig, &Default::default())?;

    // The positive frequencies and their power; the peak.
    let (freqs, power): (Vec<f64>, Vec<f64>) = sample_freq
        .iter()
        .zip(sig_fft.iter())
        .filter(|(f, _)| **f > 0.0)
        .map(|(f, y)| (*f, y.norm()))
        .unzip();
    let peak = (0..power.len())
        .max_by(|&a, &b| power[a].total_cmp(&power[b]))
        .ok_or("empty spectrum")?;
    let freq = freqs[peak];
    println!(
        "  {} samples every {time_step} s; peak power {:.1} at",
        sig.len(),
        power[peak]
    );
    println!(
        "  freq = {freq} Hz (1 / period = {} Hz): np.allclose -> {}",
        1.0 / period,
        (freq - 1.0 / period).abs() < 1e-8
    );

    // sig_fft[np.abs(sample_freq) > freq] = 0; main_sig = fftpack.ifft(sig_fft)
    for (y, f) in sig_fft.iter_mut().zip(sample_freq.iter()) {
        if f.abs() > freq {
            *y = sci::Complex64::new(0.0, 0.0);
        }
    }
    let main_sig = fftpack::ifft(&sig_fft, &Default::default())?;
    let max_imag = main_sig.iter().map(|v| v.im.abs()).fold(0.0, f64::max);
    let amplitude = main_sig.iter().map(|v| v.re.abs()).fold(0.0, f64::max);
    println!(
        "  filtered signal: amplitude {amplitude:.3} (the clean sine has 1), max |imag| {max_imag:.1e}"
    );

    let path = ctx.figure_path("fft_signal.png");
    Plot::new("Noisy 0.2 Hz signal and its low-pass filtered version")
        .x_label("Time [s]")
        .y_label("Amplitude")
        .line("sig", time_vec.iter().copied().zip(sig.iter().copied()))
        .line(
            "main_sig (frequencies above the peak zeroed)",
            time_vec.iter().copied().zip(main_sig.iter().map(|v| v.re)),
        )
        .save(&path)?;
    ctx.report_figure(&path);

    let path = ctx.figure_path("fft_signal_power.png");
    Plot::new("Power of the positive frequencies")
        .x_label("Frequency [Hz]")
        .y_label("|fft(sig)|")
        .line("power", freqs.iter().copied().zip(power.iter().copied()))
        .scatter("peak", [(freq, power[peak])])
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
