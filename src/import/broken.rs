//! What the guards before the spreadsheet readers ([`super::zip_guard`],
//! [`super::compound_guard`], [`super::biff_guard`]) find broken in a
//! workbook's container: typed, so the "filen verkar skadad (…)" message
//! tells it in the page's language.

use crate::i18n::{Lang, Msg};
use serde::{Deserialize, Serialize};

/// One thing a guard found broken, named by the structure it is in: a zip
/// archive (xlsx, ods), a compound file (xls) or its BIFF workbook stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Broken {
    /// end of central directory record not found.
    ZipNoEnd,
    /// central directory lies outside the file.
    ZipDirectoryOutside,
    /// central directory entry count does not match.
    ZipCountMismatch,
    /// end of central directory record is truncated.
    ZipEndTruncated,
    /// central directory size is too large.
    ZipDirectoryTooLarge,
    /// central directory offset is invalid.
    ZipDirectoryOffset,
    /// zip64 end of central directory record is missing.
    ZipNoZip64End,
    /// central directory entry is truncated or invalid.
    ZipEntryTruncated,
    /// zip64 sizes of an entry are missing.
    ZipNoZip64Sizes,
    /// compound file header is missing.
    CfbNoHeader,
    /// compound file sector size is invalid.
    CfbSectorSize,
    /// header is truncated.
    CfbHeaderTruncated,
    /// directory is empty.
    CfbDirectoryEmpty,
    /// root entry is too long.
    CfbRootTooLong,
    /// mini FAT size is invalid.
    CfbMiniFatSize,
    /// a stream is too long.
    CfbStreamTooLong,
    /// a stream runs past the mini stream.
    CfbPastMiniStream,
    /// a stream's sector lies past the end of the file.
    CfbSectorPastEnd,
    /// DIFAT chain is longer than the file.
    CfbDifatTooLong,
    /// DIFAT chain points past the end of the file.
    CfbDifatPastEnd,
    /// DIFAT chain is empty.
    CfbDifatEmpty,
    /// a FAT sector is listed twice.
    CfbFatTwice,
    /// a FAT sector lies past the end of the file.
    CfbFatPastEnd,
    /// a sector chain points outside its allocation table.
    CfbChainOutside,
    /// a sector chain loops.
    CfbChainLoops,
    /// a stream starts outside its allocation table.
    CfbStartOutside,
    /// directory entry is truncated.
    CfbEntryTruncated,
    /// a stream is longer than 4 GiB.
    CfbStreamOver4G,
    /// a workbook record is shorter than its fields.
    BiffRecordShort,
    /// a sheet record is shorter than its fields.
    BiffSheetRecordShort,
    /// a sheet starts past the end of the workbook stream.
    BiffSheetPastStream,
    /// a cell lies past the last column.
    BiffCellPastColumn,
    /// a row of numbers has its columns out of order.
    BiffRowOrder,
    /// merged cells are truncated.
    BiffMergedTruncated,
    /// a sheet's first row or column is past its last.
    BiffDimensionsInverted,
    /// a sheet's dimensions reach past the largest sheet.
    BiffDimensionsTooLarge,
}

impl Broken {
    /// Every kind, for tests that tell each one.
    pub const ALL: &[Broken] = &[
        Broken::ZipNoEnd,
        Broken::ZipDirectoryOutside,
        Broken::ZipCountMismatch,
        Broken::ZipEndTruncated,
        Broken::ZipDirectoryTooLarge,
        Broken::ZipDirectoryOffset,
        Broken::ZipNoZip64End,
        Broken::ZipEntryTruncated,
        Broken::ZipNoZip64Sizes,
        Broken::CfbNoHeader,
        Broken::CfbSectorSize,
        Broken::CfbHeaderTruncated,
        Broken::CfbDirectoryEmpty,
        Broken::CfbRootTooLong,
        Broken::CfbMiniFatSize,
        Broken::CfbStreamTooLong,
        Broken::CfbPastMiniStream,
        Broken::CfbSectorPastEnd,
        Broken::CfbDifatTooLong,
        Broken::CfbDifatPastEnd,
        Broken::CfbDifatEmpty,
        Broken::CfbFatTwice,
        Broken::CfbFatPastEnd,
        Broken::CfbChainOutside,
        Broken::CfbChainLoops,
        Broken::CfbStartOutside,
        Broken::CfbEntryTruncated,
        Broken::CfbStreamOver4G,
        Broken::BiffRecordShort,
        Broken::BiffSheetRecordShort,
        Broken::BiffSheetPastStream,
        Broken::BiffCellPastColumn,
        Broken::BiffRowOrder,
        Broken::BiffMergedTruncated,
        Broken::BiffDimensionsInverted,
        Broken::BiffDimensionsTooLarge,
    ];

    pub fn text(self, lang: Lang) -> &'static str {
        let msg = match self {
            Broken::ZipNoEnd => Msg::BrkZipNoEnd,
            Broken::ZipDirectoryOutside => Msg::BrkZipDirectoryOutside,
            Broken::ZipCountMismatch => Msg::BrkZipCountMismatch,
            Broken::ZipEndTruncated => Msg::BrkZipEndTruncated,
            Broken::ZipDirectoryTooLarge => Msg::BrkZipDirectoryTooLarge,
            Broken::ZipDirectoryOffset => Msg::BrkZipDirectoryOffset,
            Broken::ZipNoZip64End => Msg::BrkZipNoZip64End,
            Broken::ZipEntryTruncated => Msg::BrkZipEntryTruncated,
            Broken::ZipNoZip64Sizes => Msg::BrkZipNoZip64Sizes,
            Broken::CfbNoHeader => Msg::BrkCfbNoHeader,
            Broken::CfbSectorSize => Msg::BrkCfbSectorSize,
            Broken::CfbHeaderTruncated => Msg::BrkCfbHeaderTruncated,
            Broken::CfbDirectoryEmpty => Msg::BrkCfbDirectoryEmpty,
            Broken::CfbRootTooLong => Msg::BrkCfbRootTooLong,
            Broken::CfbMiniFatSize => Msg::BrkCfbMiniFatSize,
            Broken::CfbStreamTooLong => Msg::BrkCfbStreamTooLong,
            Broken::CfbPastMiniStream => Msg::BrkCfbPastMiniStream,
            Broken::CfbSectorPastEnd => Msg::BrkCfbSectorPastEnd,
            Broken::CfbDifatTooLong => Msg::BrkCfbDifatTooLong,
            Broken::CfbDifatPastEnd => Msg::BrkCfbDifatPastEnd,
            Broken::CfbDifatEmpty => Msg::BrkCfbDifatEmpty,
            Broken::CfbFatTwice => Msg::BrkCfbFatTwice,
            Broken::CfbFatPastEnd => Msg::BrkCfbFatPastEnd,
            Broken::CfbChainOutside => Msg::BrkCfbChainOutside,
            Broken::CfbChainLoops => Msg::BrkCfbChainLoops,
            Broken::CfbStartOutside => Msg::BrkCfbStartOutside,
            Broken::CfbEntryTruncated => Msg::BrkCfbEntryTruncated,
            Broken::CfbStreamOver4G => Msg::BrkCfbStreamOver4G,
            Broken::BiffRecordShort => Msg::BrkBiffRecordShort,
            Broken::BiffSheetRecordShort => Msg::BrkBiffSheetRecordShort,
            Broken::BiffSheetPastStream => Msg::BrkBiffSheetPastStream,
            Broken::BiffCellPastColumn => Msg::BrkBiffCellPastColumn,
            Broken::BiffRowOrder => Msg::BrkBiffRowOrder,
            Broken::BiffMergedTruncated => Msg::BrkBiffMergedTruncated,
            Broken::BiffDimensionsInverted => Msg::BrkBiffDimensionsInverted,
            Broken::BiffDimensionsTooLarge => Msg::BrkBiffDimensionsTooLarge,
        };
        msg.text(lang)
    }
}
