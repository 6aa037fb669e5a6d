// SPDX-License-Identifier: Apache-2.0
#pragma once

// The pipe protocol between the application and hoshi-pdf-render. Both directions carry frames:
// a 4-byte big-endian length, then that many bytes.
//
//   application -> helper: the PDF bytes, the password (UTF-8, may be empty), then commands,
//                          one frame each, UTF-8 JSON: {"op":"render","page":0,"width":1200},
//                          {"op":"text","page":0}, {"op":"search","text":"..."} or {"op":"quit"}.
//   helper -> application: after the document, {"ok":true,"pages":N} or
//                          {"ok":false,"error":"password"|"damaged"|"unsupported"|"limit"};
//                          for render, {"ok":true,"width":W,"height":H} then a frame of PNG
//                          bytes; for text, {"ok":true,"text":"..."}; for search,
//                          {"ok":true,"hits":[{"page":0,"context":"..."}]} (at most 1000).
// Anything else (a crash, a hang, a limit) shows up as a closed pipe or a time-out on the
// application's side, which then says that the PDF could not be shown.
namespace hoshi::pdfrender {

constexpr unsigned MaxDocumentBytes = 512u << 20;
constexpr unsigned MaxCommandBytes = 64u << 10;
constexpr int MaxRenderWidth = 4096;

} // namespace hoshi::pdfrender
