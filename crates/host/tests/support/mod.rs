// Each integration test uses part of this.
#![allow(dead_code)]

pub(crate) mod binary;
pub mod servers;
