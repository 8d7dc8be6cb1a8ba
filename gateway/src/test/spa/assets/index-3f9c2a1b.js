console.log("total place test bundle");
