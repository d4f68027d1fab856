//! Test problems shared by several test files (each file includes this module and uses a
//! part of it).

// Every test binary compiles the whole module but calls only its own problems.
#![allow(dead_code)]

pub mod hock_schittkowski;
pub mod minpack;
pub mod objectives;
