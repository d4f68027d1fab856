//! Taylor expansions of `Ei`, `Chi` and `Ci` about their real zeros, where the power series
//! `gamma + ln x + ...` loses its relative accuracy to cancellation. The zero `x0` is held as a
//! double-double, so `t = x - x0` is exact to double precision, and the value is
//! `t (c_1 + c_2 t + ...)`.

/// A function's zero and its Taylor coefficients there.
pub(super) struct RootSeries {
    /// The zero, high part.
    pub hi: f64,
    /// The zero, low part (`x0 = hi + lo` to ~32 digits).
    pub lo: f64,
    /// The coefficients of `t^1, t^2, ...`.
    pub coefficients: &'static [f64],
}

impl RootSeries {
    /// The function at `x`, for `|x - x0|` within the series' design radius.
    pub(super) fn eval(&self, x: f64) -> f64 {
        let t = (x - self.hi) - self.lo;
        t * self
            .coefficients
            .iter()
            .rev()
            .fold(0.0, |acc: f64, &c| acc.mul_add(t, c))
    }

    /// Whether `x` lies within `radius` of the zero.
    pub(super) fn near(&self, x: f64, radius: f64) -> bool {
        (x - self.hi).abs() < radius
    }
}

/// The zero of Ei near 0.37 (as a double-double) and the Taylor coefficients of Ei
/// there, of t^1 ... t^30 (computed with mpmath at 60 digits from Ei's derivative).
pub(super) const EI_ROOT: RootSeries = RootSeries {
    hi: 0.3725074107813666,
    lo: 1.3140183414386028e-17,
    coefficients: &[
        3.8962157339071672,
        -3.2816078663985615,
        6.522376145438925,
        -12.969697383536516,
        27.88629796294205,
        -62.37880152891542,
        143.5349488096751,
        -337.1558271787469,
        804.5318399821382,
        -1943.7966457234988,
        4743.765650402431,
        -11673.463991167164,
        28926.95530543545,
        -72107.9458683716,
        180669.55858939196,
        -454696.21885446657,
        1148834.5468177444,
        -2912721.6638508374,
        7407692.958000587,
        -18891727.000381533,
        48300034.930860244,
        -123768219.00249171,
        317811105.66636217,
        -817618569.3184928,
        2107109291.8643637,
        -5438996831.077285,
        14060263909.95585,
        -36396891001.49205,
        94338595092.19165,
        -244811170506.643,
    ],
};
/// The zero of Chi near 0.52 (as a double-double) and the Taylor coefficients of Chi
/// there, of t^1 ... t^26 (computed with mpmath at 60 digits from Chi's derivative).
pub(super) const CHI_ROOT: RootSeries = RootSeries {
    hi: 0.5238225713898644,
    lo: -2.6671382575502846e-17,
    coefficients: &[
        2.1769985090709922,
        -1.5548106648036688,
        2.3416337318890323,
        -3.309111772607952,
        5.071931931095504,
        -8.067328349994542,
        13.201185880880741,
        -22.051405729152147,
        37.419641210849306,
        -64.29214542886717,
        111.57863016254353,
        -195.25773910392124,
        344.0819904742937,
        -609.9483353545912,
        1086.789963034866,
        -1945.0585866161118,
        3494.777574745255,
        -6301.032917080308,
        11395.842660648152,
        -20667.399839015834,
        37576.1546313174,
        -68473.84889782773,
        125036.08780912509,
        -228753.50808030638,
        419232.35032506904,
        -769550.7050968596,
    ],
};
/// The zero of Ci near 0.6 (as a double-double) and the Taylor coefficients of Ci
/// there, of t^1 ... t^24 (computed with mpmath at 60 digits from Ci's derivative).
pub(super) const CI1_ROOT: RootSeries = RootSeries {
    hi: 0.6165054856207163,
    lo: -4.209920321433186e-17,
    coefficients: &[
        1.3234333479537534,
        -1.542257855747529,
        1.447169470772172,
        -1.7214541989292569,
        2.244850355344172,
        -3.0356772345272214,
        4.220314714391201,
        -5.989826727018245,
        8.63624541323916,
        -12.607545614006199,
        18.59092149303781,
        -27.642378586330853,
        41.38818285848409,
        -62.33826783258926,
        94.3744778715736,
        -143.51222344034758,
        219.0902288693566,
        -335.6313192889012,
        515.7561780498996,
        -794.7510291073725,
        1227.7356157584647,
        -1900.9229905324744,
        2949.323578242708,
        -4584.606563508821,
    ],
};
/// The zero of Ci near 3.38 (as a double-double) and the Taylor coefficients of Ci
/// there, of t^1 ... t^18 (computed with mpmath at 60 digits from Ci's derivative).
pub(super) const CI2_ROOT: RootSeries = RootSeries {
    hi: 3.3841804225511862,
    lo: 1.972125462363411e-16,
    coefficients: &[
        -0.2868403815846492,
        0.07787052428757572,
        0.03246662531212448,
        -0.010152811250278672,
        9.72730907151417e-06,
        9.619062950557555e-05,
        3.254967857047365e-05,
        -1.0176376052109444e-05,
        1.8824719154022916e-06,
        -4.810700343420737e-07,
        1.3641558957828095e-07,
        -3.7098824533935434e-08,
        1.0073097842743756e-08,
        -2.763101914314298e-09,
        7.622635684585523e-10,
        -2.1116887613604115e-10,
        5.872749782451219e-11,
        -1.6389439867667178e-11,
    ],
};
