//! Physical constants under SciPy's short names (`c`, `h`, `G`, `k`, ...), in SI units, read
//! from the CODATA 2022 table, and the particle masses.

use crate::codata::codata;

/// The speed of light in vacuum, 299 792 458 m s⁻¹ (exact).
pub const c: f64 = codata("speed of light in vacuum");
/// The speed of light in vacuum, m s⁻¹ (the same as [`c`]).
pub const speed_of_light: f64 = c;
/// The vacuum magnetic permeability μ₀, N A⁻² (CODATA 2022).
pub const mu_0: f64 = codata("vacuum mag. permeability");
/// The vacuum electric permittivity ε₀, F m⁻¹ (CODATA 2022).
pub const epsilon_0: f64 = codata("vacuum electric permittivity");
/// The Planck constant, J Hz⁻¹ (exact).
pub const h: f64 = codata("Planck constant");
/// The Planck constant, J Hz⁻¹ (the same as [`h`]).
pub const Planck: f64 = h;
/// The reduced Planck constant ħ = h / (2π), J s.
pub const hbar: f64 = codata("reduced Planck constant");
/// The Newtonian constant of gravitation, m³ kg⁻¹ s⁻² (CODATA 2022).
pub const G: f64 = codata("Newtonian constant of gravitation");
/// The Newtonian constant of gravitation, m³ kg⁻¹ s⁻² (the same as [`G`]).
pub const gravitational_constant: f64 = G;
/// The standard acceleration of gravity, 9.806 65 m s⁻² (exact, by definition).
pub const g: f64 = codata("standard acceleration of gravity");
/// The elementary charge, C (exact).
pub const e: f64 = codata("elementary charge");
/// The elementary charge, C (the same as [`e`]).
pub const elementary_charge: f64 = e;
/// The molar gas constant, J mol⁻¹ K⁻¹.
pub const R: f64 = codata("molar gas constant");
/// The molar gas constant, J mol⁻¹ K⁻¹ (the same as [`R`]).
pub const gas_constant: f64 = R;
/// The fine-structure constant α (dimensionless, CODATA 2022).
pub const alpha: f64 = codata("fine-structure constant");
/// The fine-structure constant α (the same as [`alpha`]).
pub const fine_structure: f64 = alpha;
/// The Avogadro constant, mol⁻¹ (exact).
pub const N_A: f64 = codata("Avogadro constant");
/// The Avogadro constant, mol⁻¹ (the same as [`N_A`]).
pub const Avogadro: f64 = N_A;
/// The Boltzmann constant, J K⁻¹ (exact).
pub const k: f64 = codata("Boltzmann constant");
/// The Boltzmann constant, J K⁻¹ (the same as [`k`]).
pub const Boltzmann: f64 = k;
/// The Stefan–Boltzmann constant σ, W m⁻² K⁻⁴.
pub const sigma: f64 = codata("Stefan-Boltzmann constant");
/// The Stefan–Boltzmann constant σ, W m⁻² K⁻⁴ (the same as [`sigma`]).
pub const Stefan_Boltzmann: f64 = sigma;
/// The Wien wavelength displacement law constant, m K.
pub const Wien: f64 = codata("Wien wavelength displacement law constant");
/// The Rydberg constant, m⁻¹ (CODATA 2022).
pub const Rydberg: f64 = codata("Rydberg constant");
/// The electron mass, kg (CODATA 2022).
pub const m_e: f64 = codata("electron mass");
/// The electron mass, kg (the same as [`m_e`]).
pub const electron_mass: f64 = m_e;
/// The proton mass, kg (CODATA 2022).
pub const m_p: f64 = codata("proton mass");
/// The proton mass, kg (the same as [`m_p`]).
pub const proton_mass: f64 = m_p;
/// The neutron mass, kg (CODATA 2022).
pub const m_n: f64 = codata("neutron mass");
/// The neutron mass, kg (the same as [`m_n`]).
pub const neutron_mass: f64 = m_n;
