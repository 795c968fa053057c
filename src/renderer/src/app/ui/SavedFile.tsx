/** Where an export was written: people look for the file next, so the path is shown whole. */
export function SavedFile({
  label,
  path,
  testId,
}: {
  label: string;
  path: string;
  testId: string;
}) {
  return (
    <div className="saved-file">
      <p>{label}</p>
      <p className="path">
        <code data-testid={testId}>{path}</code>
      </p>
    </div>
  );
}
