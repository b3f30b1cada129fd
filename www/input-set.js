// The storylens input format read from JSON: shared by the page's .json import
// (sources.js) and the widget (inline JSON or a same-origin URL). No DOM here.

/**
 * Articles from a storylens input set `{documents: [{text, id?, source?, title?, published?}]}`
 * or from an exported analysis (schema storylens/1, whose documents carry their text).
 */
export function parseJsonSet(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`is not valid JSON (${err.message})`);
  }
  const docs = Array.isArray(data) ? data : data?.documents;
  if (!Array.isArray(docs)) throw new Error('is JSON, but not a storylens input set or analysis (no "documents" list)');
  const analysis = typeof data.schema === "string" && data.schema.startsWith("storylens/");
  return docs.map((d, i) => {
    if (typeof d?.text !== "string") throw new Error(`document ${i + 1} has no "text"`);
    const published = analysis ? (d.published?.inferred === false ? d.published.value : undefined) : d.published;
    return {
      id: typeof d.id === "string" ? d.id : undefined,
      text: d.text,
      title: typeof d.title === "string" ? d.title : undefined,
      outlet: typeof d.source === "string" ? d.source : undefined,
      published: typeof published === "string" ? published : undefined,
    };
  });
}
