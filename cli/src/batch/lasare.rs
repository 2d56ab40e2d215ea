//! Splits the input into chunks of lines. A chunk is the unit that travels between the
//! threads: its buffers are reused from chunk to chunk, so a run of a million lines allocates
//! about as much as a run of a thousand.

use std::io::{self, BufRead, Read};

use calculator_core::MAX_SCENARIO_BYTE;

use super::Raknare;

/// At most this many lines a chunk: large enough that handing chunks between threads costs
/// nothing beside the engine, small enough that every thread gets work on a short file.
const RADER_PER_BIT: usize = 256;
/// Or this many bytes of input, so that a chunk of long lines stays small.
const BYTE_PER_BIT: usize = 1 << 20;

/// One line of a chunk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rad {
    /// The line's bytes in `Bit::data` (without the line end).
    Text { start: usize, slut: usize },
    /// Empty or only blanks: skipped, but it keeps its number.
    Tom,
    /// Longer than a scenario may be; its length in bytes. Not kept in memory.
    ForLang(u64),
}

/// A chunk of consecutive lines, and later their output.
#[derive(Default)]
pub struct Bit {
    /// Position in the input: the writer puts chunks back in this order.
    pub nr: u64,
    /// The number of the chunk's first line, counted from 1.
    pub forsta_rad: u64,
    pub data: Vec<u8>,
    pub rader: Vec<Rad>,
    /// Bytes of input the chunk covers (for the progress bar).
    pub byte: u64,
    /// The records of the chunk's lines, ready to be written.
    pub ut: Vec<u8>,
    pub raknare: Raknare,
}

pub struct Lasare<R> {
    inn: R,
    /// Lines read so far.
    rad: u64,
    nasta_nr: u64,
}

impl<R: BufRead> Lasare<R> {
    pub fn ny(inn: R) -> Self {
        Lasare {
            inn,
            rad: 0,
            nasta_nr: 0,
        }
    }

    /// Fills `bit` with the next lines. False at the end of the input with nothing read. On
    /// a read error the lines read before it stay in `bit`.
    pub fn fyll(&mut self, bit: &mut Bit) -> io::Result<bool> {
        bit.data.clear();
        bit.rader.clear();
        bit.ut.clear();
        bit.raknare = Raknare::default();
        bit.byte = 0;
        bit.nr = self.nasta_nr;
        bit.forsta_rad = self.rad + 1;
        while bit.rader.len() < RADER_PER_BIT && bit.data.len() < BYTE_PER_BIT {
            let Some(rad) = self.las_rad(bit)? else { break };
            bit.rader.push(rad);
        }
        if bit.rader.is_empty() {
            return Ok(false);
        }
        self.nasta_nr += 1;
        Ok(true)
    }

    /// Reads one line into `bit.data`; None at the end of the input.
    fn las_rad(&mut self, bit: &mut Bit) -> io::Result<Option<Rad>> {
        // A line may hold a whole scenario plus "\r\n"; reading stops there, so a file
        // without line ends is never read into memory whole.
        const GRANS: u64 = MAX_SCENARIO_BYTE as u64 + 2;
        let start = bit.data.len();
        let n = (&mut self.inn)
            .take(GRANS)
            .read_until(b'\n', &mut bit.data)?;
        if n == 0 {
            return Ok(None);
        }
        self.rad += 1;
        bit.byte += n as u64;
        let hel = bit.data.last() == Some(&b'\n');
        if !hel && n as u64 == GRANS {
            let resten = self.hoppa_over_raden()?;
            bit.byte += resten;
            bit.data.truncate(start);
            return Ok(Some(Rad::ForLang(n as u64 + resten)));
        }
        let mut slut = bit.data.len() - usize::from(hel);
        if slut > start && bit.data[slut - 1] == b'\r' {
            slut -= 1;
        }
        let rad = if slut - start > MAX_SCENARIO_BYTE {
            Rad::ForLang((slut - start) as u64)
        } else if bit.data[start..slut].iter().all(u8::is_ascii_whitespace) {
            Rad::Tom
        } else {
            bit.data.truncate(slut);
            return Ok(Some(Rad::Text { start, slut }));
        };
        bit.data.truncate(start);
        Ok(Some(rad))
    }

    /// Reads past the rest of a too-long line, returning how many bytes it had (with its
    /// line end).
    fn hoppa_over_raden(&mut self) -> io::Result<u64> {
        let mut antal = 0u64;
        loop {
            let buf = match self.inn.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(antal);
            }
            let (tagna, klar) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            self.inn.consume(tagna);
            antal += tagna as u64;
            if klar {
                return Ok(antal);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rader(inn: &[u8]) -> Vec<(u64, Vec<u8>)> {
        let mut l = Lasare::ny(io::BufReader::with_capacity(16, inn));
        let mut bit = Bit::default();
        let mut ut = Vec::new();
        while l.fyll(&mut bit).unwrap() {
            for (i, r) in bit.rader.iter().enumerate() {
                let nr = bit.forsta_rad + i as u64;
                let text = match *r {
                    Rad::Text { start, slut } => bit.data[start..slut].to_vec(),
                    Rad::Tom => b"<tom>".to_vec(),
                    Rad::ForLang(n) => format!("<{n}>").into_bytes(),
                };
                ut.push((nr, text));
            }
        }
        ut
    }

    #[test]
    fn line_ends_blanks_and_a_last_line_without_newline() {
        let got = rader(b"{\"a\":1}\r\n\n  \t\r\n{\"b\":2}\n{\"c\":3}");
        let want: Vec<(u64, Vec<u8>)> = vec![
            (1, b"{\"a\":1}".to_vec()),
            (2, b"<tom>".to_vec()),
            (3, b"<tom>".to_vec()),
            (4, b"{\"b\":2}".to_vec()),
            (5, b"{\"c\":3}".to_vec()),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn too_long_lines_are_skipped_with_their_length_and_numbering_goes_on() {
        let mut inn = b"{}\n".to_vec();
        inn.extend(std::iter::repeat_n(b'x', MAX_SCENARIO_BYTE + 1));
        inn.push(b'\n');
        // Exactly the limit is allowed.
        inn.extend(std::iter::repeat_n(b'y', MAX_SCENARIO_BYTE));
        inn.extend(b"\r\n");
        // A long last line without a newline, far past the read limit.
        inn.extend(std::iter::repeat_n(b'z', 3 * MAX_SCENARIO_BYTE));
        let got = rader(&inn);
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], (1, b"{}".to_vec()));
        assert_eq!(
            got[1],
            (2, format!("<{}>", MAX_SCENARIO_BYTE + 1).into_bytes())
        );
        assert_eq!(got[2].0, 3);
        assert_eq!(got[2].1.len(), MAX_SCENARIO_BYTE);
        assert_eq!(
            got[3],
            (4, format!("<{}>", 3 * MAX_SCENARIO_BYTE).into_bytes())
        );
    }

    #[test]
    fn chunks_are_bounded_and_numbered_in_order() {
        let inn = "{}\n".repeat(RADER_PER_BIT * 2 + 1);
        let mut l = Lasare::ny(inn.as_bytes());
        let mut bit = Bit::default();
        let mut seen = Vec::new();
        while l.fyll(&mut bit).unwrap() {
            seen.push((bit.nr, bit.forsta_rad, bit.rader.len()));
        }
        let n = RADER_PER_BIT as u64;
        assert_eq!(
            seen,
            [
                (0, 1, RADER_PER_BIT),
                (1, n + 1, RADER_PER_BIT),
                (2, 2 * n + 1, 1)
            ]
        );
    }
}
