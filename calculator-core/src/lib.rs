//! Scenario engine.
