/** The published receipts of a count, one hash a line: each voter finds theirs among them. */
export function ReceiptHashes({ hashes }: { hashes: readonly string[] }) {
  return (
    <ol className="receipt-hashes">
      {hashes.map((hash) => (
        <li key={hash}>
          <code>{hash}</code>
        </li>
      ))}
    </ol>
  );
}
