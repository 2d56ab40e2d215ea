//! The pipeline: a reader thread cuts the input into chunks, worker threads compute them, and
//! the calling thread writes them back in input order.
//!
//! Memory is bounded by a fixed set of chunks that go round: the reader takes a free chunk
//! before it reads, the writer frees it once written. However far a fast worker gets ahead
//! of a slow one, no more than `fonster` chunks exist, so a file of any length runs in the
//! same memory, and the buffers of a chunk are reused rather than allocated again.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Mutex, PoisonError};
use std::thread;

use calculator_core::InputError;

use super::lasare::{Bit, Lasare};
use super::{rad, Format, Framsteg, Raknare};
use crate::Fel;

/// Runs the whole input through `tradar` workers and writes the records to `ut`.
pub fn kor(
    inn: Box<dyn BufRead + Send>,
    namn: &str,
    ut: &mut impl Write,
    format: &Format,
    tradar: usize,
    framsteg: &Framsteg,
) -> Result<Raknare, Fel> {
    // Two chunks a worker: one being computed, one waiting, plus a few being read and
    // written, so that no thread waits for another in the steady state.
    let fonster = 2 * tradar + 2;
    let (fri_tx, fri_rx) = sync_channel::<Bit>(fonster);
    for _ in 0..fonster {
        let _ = fri_tx.send(Bit::default());
    }
    let (arbete_tx, arbete_rx) = sync_channel::<Bit>(fonster);
    let arbete_rx = Mutex::new(arbete_rx);
    let (klar_tx, klar_rx) = sync_channel::<Bit>(fonster);
    if let Format::Csv { kolumner } = format {
        skriv(ut, &rad::csv_rubrik(kolumner))?;
    }
    thread::scope(|s| {
        let lasare = s.spawn(move || las(inn, &fri_rx, &arbete_tx));
        for _ in 0..tradar {
            let klar_tx = klar_tx.clone();
            let arbete_rx = &arbete_rx;
            s.spawn(move || arbeta(arbete_rx, &klar_tx, format));
        }
        drop(klar_tx);
        // The writer's channels end with it, so that on a write error the reader and the
        // workers stop too instead of waiting for a writer that is gone.
        let skrivet = skriv_i_ordning(klar_rx, fri_tx, ut, framsteg);
        let last = lasare
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("läsartråden avbröts")));
        let raknare = skrivet?;
        last.map_err(|e| Fel::Io(InputError::new(namn, format!("kan inte läsas: {e}"))))?;
        Ok(raknare)
    })
}

/// The reader: fills free chunks until the input ends or the writer is gone.
fn las(
    inn: Box<dyn BufRead + Send>,
    fria: &Receiver<Bit>,
    arbete: &SyncSender<Bit>,
) -> io::Result<()> {
    let mut lasare = Lasare::ny(inn);
    while let Ok(mut bit) = fria.recv() {
        let fylld = lasare.fyll(&mut bit);
        // Lines read before a read error are still computed and written.
        let har_rader = !bit.rader.is_empty();
        if har_rader && arbete.send(bit).is_err() {
            return Ok(());
        }
        if !fylld? {
            return Ok(());
        }
    }
    Ok(())
}

fn arbeta(arbete: &Mutex<Receiver<Bit>>, klara: &SyncSender<Bit>, format: &Format) {
    loop {
        // The lock is held only while taking a chunk, never while computing one.
        let bit = arbete.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok(mut bit) = bit else { return };
        rad::berakna(&mut bit, format);
        if klara.send(bit).is_err() {
            return;
        }
    }
}

/// The writer: puts computed chunks back in input order, writes them, and frees them.
fn skriv_i_ordning(
    klara: Receiver<Bit>,
    fria: SyncSender<Bit>,
    ut: &mut impl Write,
    framsteg: &Framsteg,
) -> Result<Raknare, Fel> {
    let mut vantar: BTreeMap<u64, Bit> = BTreeMap::new();
    let mut nasta = 0u64;
    let mut raknare = Raknare::default();
    // The last line written.
    let mut rader = 0u64;
    for bit in klara {
        vantar.insert(bit.nr, bit);
        while let Some(bit) = vantar.remove(&nasta) {
            skriv(ut, &bit.ut)?;
            raknare.lagg_till(&bit.raknare);
            rader = bit.forsta_rad + bit.rader.len() as u64 - 1;
            framsteg.steg(bit.byte, rader);
            nasta += 1;
            // Fails only when the reader has finished; the chunk is then simply dropped.
            let _ = fria.send(bit);
        }
    }
    if !vantar.is_empty() {
        // Only if a worker died: its chunk never came, so what follows cannot be written
        // in order.
        return Err(Fel::Io(InputError::new(
            "batch",
            format!("en beräkningstråd avbröts; utdata slutar efter rad {rader}"),
        )));
    }
    ut.flush().map_err(skrivfel)?;
    Ok(raknare)
}

fn skriv(ut: &mut impl Write, bytes: &[u8]) -> Result<(), Fel> {
    ut.write_all(bytes).map_err(skrivfel)
}

fn skrivfel(e: io::Error) -> Fel {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Fel::BrokenPipe
    } else {
        Fel::Io(InputError::new("stdout", format!("kan inte skriva: {e}")))
    }
}
