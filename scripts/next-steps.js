// Printed after `npm start`: where to go from the sample.
console.log(`
Next:
  • Your own files:   npm run -s cli -- analyze --job posting.txt --resume resume.txt [--json]
  • The extension:    npm run build, then load .output/chrome-mv3 in chrome://extensions
                      (Developer mode → Load unpacked); Firefox: npm run build:firefox
  • Tests:            npm test`);
